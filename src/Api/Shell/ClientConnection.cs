namespace WorkflowPortal.Api.Shell;

// Where the person's browser connects from, read by App while the page is still an HTTP request
// (after the forwarded headers of the proxy in front) and cascaded into the circuit, where there is
// no HttpContext: a signature made on a page records it as the API's does.
public sealed record ClientConnection(string? Address, string? UserAgent)
{
    public static ClientConnection From(HttpContext? http) =>
        new(http?.Connection.RemoteIpAddress?.ToString(), http?.Request.Headers.UserAgent.ToString());
}
