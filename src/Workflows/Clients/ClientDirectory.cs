using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Clients;

// Client organizations and their departments. The legal team manages them; a portal user may
// read only their own organization (any other is "not found", never "forbidden").
public sealed class ClientDirectory(PortalDb db, TimeProvider clock)
{
    public async Task<Result<ClientView>> CreateAsync(SaveClient command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team manages client organizations.");
        if (Validate(command) is { } invalid) return invalid;
        if (await NameTakenAsync(command.Name!, null, ct)) return NameConflict();

        var client = ClientOrganization.Create(command.Name!, Enum.Parse<ClientKind>(command.Kind!, true), clock.GetUtcNow());
        foreach (var name in (command.Departments ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct())
            client.AddDepartment(name);
        client.ShareRequests(command.SharesRequests ?? false);
        db.Add(client);
        await db.SaveChangesAsync(ct);
        return ClientView.Of(client);
    }

    public async Task<Result<ClientView>> UpdateAsync(Guid id, SaveClient command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team manages client organizations.");
        if (Validate(command) is { } invalid) return invalid;
        var client = await db.Set<ClientOrganization>().Include(c => c.Departments).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Error.NotFound("The client organization");
        if (await NameTakenAsync(command.Name!, id, ct)) return NameConflict();

        client.Rename(command.Name!);
        client.ChangeKind(Enum.Parse<ClientKind>(command.Kind!, true));
        if (command.SharesRequests is { } shares) client.ShareRequests(shares);
        var existing = client.Departments.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in (command.Departments ?? []).Where(n => !string.IsNullOrWhiteSpace(n) && !existing.Contains(n.Trim())).Distinct())
            db.Add(client.AddDepartment(name));
        await db.SaveChangesAsync(ct);
        return ClientView.Of(client);
    }

    public async Task<Result<ClientView>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam && actor.ClientId != id) return Error.NotFound("The client organization");
        var client = await db.Set<ClientOrganization>().AsNoTracking().Include(c => c.Departments).FirstOrDefaultAsync(c => c.Id == id, ct);
        return client is null ? Error.NotFound("The client organization") : ClientView.Of(client);
    }

    public async Task<Result<Page<ClientView>>> ListAsync(PageQuery query, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team lists client organizations.");
        if (query.Validate() is { } invalid) return invalid;
        var rows = db.Set<ClientOrganization>().AsNoTracking().Include(c => c.Departments).AsQueryable();
        rows = rows.Matching(query.Search);
        if (query.DecodedCursor is { } after) rows = rows.Where(c => string.Compare(c.NormalizedName, after) > 0);
        var page = await rows.OrderBy(c => c.NormalizedName).Take(query.Take + 1).ToListAsync(ct);
        return PageQuery.Paged(page, query.Take, c => c.NormalizedName, ClientView.Of);
    }

    // The organization a portal user belongs to (null for the legal team or someone not yet approved).
    public async Task<Guid?> ClientIdOfAsync(Guid userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.ClientId).FirstOrDefaultAsync(ct);

    internal async Task<Error?> CheckMembershipAsync(Guid? clientId, Guid? departmentId, CancellationToken ct)
    {
        if (clientId is null) return Error.Invalid("clientId", "Choose the client organization.");
        if (!await db.Set<ClientOrganization>().AnyAsync(c => c.Id == clientId, ct))
            return Error.Invalid("clientId", "This client organization does not exist.");
        if (departmentId is { } d && !await db.Set<Department>().AnyAsync(x => x.Id == d && x.OrganizationId == clientId, ct))
            return Error.Invalid("departmentId", "This department does not belong to the client organization.");
        return null;
    }

    static Error? Validate(SaveClient command)
    {
        var fields = new Dictionary<string, string[]>();
        var name = PlainText.Line(command.Name);
        if (string.IsNullOrEmpty(name)) fields["name"] = ["Enter the organization's name."];
        else if (name.Length > 200) fields["name"] = ["The name must be at most 200 characters."];
        if (!Enum.TryParse<ClientKind>(command.Kind, true, out _) || int.TryParse(command.Kind, out _))
            fields["kind"] = ["kind must be Company or Individual."];
        if (command.Departments is { } departments && (departments.Count > 50 || departments.Any(d => d is { Length: > 200 })))
            fields["departments"] = ["At most 50 departments of at most 200 characters each."];
        return fields.Count > 0 ? Error.Invalid(fields) : null;
    }

    async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken ct)
    {
        var normalized = ClientOrganization.Normalize(name);
        return await db.Set<ClientOrganization>().AnyAsync(c => c.NormalizedName == normalized && c.Id != except, ct);
    }

    static Error NameConflict() => Error.Conflict("client_name_taken", "A client organization with this name already exists.");
}
