using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Clients;

// A company or an individual the legal team serves. Portal users belong to exactly one.
public sealed class ClientOrganization : ISearchable
{
    string ISearchable.SearchSource => Name;

    readonly List<Department> _departments = [];

    ClientOrganization() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    // Upper-cased name: unique, and the keyset the lists page on.
    public string NormalizedName { get; private set; } = "";
    public ClientKind Kind { get; private set; }

    // Off by default: each person sees only their own requests. When on, every portal user of the
    // organization sees (not acts on) every matter, case and contract of the organization.
    public bool SharesRequests { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Department> Departments => _departments;

    public static ClientOrganization Create(string name, ClientKind kind, DateTimeOffset now)
    {
        var organization = new ClientOrganization { Id = Guid.CreateVersion7(now), CreatedAt = now, Kind = kind };
        organization.Rename(name);
        return organization;
    }

    public static string Normalize(string name) => PlainText.Line(name).ToUpperInvariant();

    public void Rename(string name)
    {
        Name = PlainText.Line(name);
        NormalizedName = Normalize(name);
    }

    public void ChangeKind(ClientKind kind) => Kind = kind;

    public void ShareRequests(bool on) => SharesRequests = on;

    public Department AddDepartment(string name)
    {
        var department = new Department(Guid.CreateVersion7(), Id, name.Trim());
        _departments.Add(department);
        return department;
    }
}

public enum ClientKind { Company, Individual }
