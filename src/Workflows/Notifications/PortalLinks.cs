namespace WorkflowPortal.Workflows.Notifications;

// Portal:PublicUrl: the base of every link we email. The host fills it from the first request
// when it is not configured.
public sealed class PortalLinks
{
    public string? PublicUrl { get; set; }

    public string Absolute(string pathAndQuery) =>
        (PublicUrl ?? "http://localhost:5000").TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
}
