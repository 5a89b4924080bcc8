namespace WorkflowPortal.Workflows.Clients;

// SharesRequests: null keeps the organization's setting (off for a new one).
public sealed record SaveClient(string? Name, string? Kind, IReadOnlyList<string>? Departments = null, bool? SharesRequests = null);

public sealed record DepartmentView(Guid Id, string Name);

public sealed record ClientView(Guid Id, string Name, string Kind, DateTimeOffset CreatedAt, IReadOnlyList<DepartmentView> Departments,
    bool SharesRequests)
{
    public static ClientView Of(ClientOrganization c) => new(
        c.Id, c.Name, c.Kind.ToString(), c.CreatedAt,
        c.Departments.OrderBy(d => d.Name, StringComparer.CurrentCulture).Select(d => new DepartmentView(d.Id, d.Name)).ToList(),
        c.SharesRequests);
}
