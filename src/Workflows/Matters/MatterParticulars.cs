using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

// Related people and key dates of a matter: the legal team keeps them, clients read them.
public sealed class MatterParticulars(PortalDb db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<RelatedPersonView>>> PeopleAsync(Guid matterId, Actor actor, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        return await db.Set<RelatedPerson>().AsNoTracking().Where(p => p.MatterId == matterId).OrderBy(p => p.Name)
            .Select(p => new RelatedPersonView(p.Id, p.Name, p.Role, p.Contact)).ToListAsync(ct);
    }

    public async Task<Result<RelatedPersonView>> AddPersonAsync(Guid matterId, string? name, string? role, string? contact, Actor actor, CancellationToken ct)
    {
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team records related people.");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors["name"] = ["Enter a name of at most 200 characters."];
        if (string.IsNullOrWhiteSpace(role) || role.Length > 100) errors["role"] = ["Enter a role of at most 100 characters."];
        if ((contact?.Length ?? 0) > 300) errors["contact"] = ["The contact is at most 300 characters."];
        if (errors.Count > 0) return Error.Invalid(errors);
        var person = new RelatedPerson(Guid.NewGuid(), matterId, name!.Trim(), role!.Trim(), contact?.Trim());
        db.Add(person);
        matter.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new RelatedPersonView(person.Id, person.Name, person.Role, person.Contact);
    }

    public async Task<Result<IReadOnlyList<KeyDateView>>> DatesAsync(Guid matterId, Actor actor, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        return await db.Set<KeyDate>().AsNoTracking()
            .Where(d => d.MatterId == matterId && (actor.IsLegalTeam || d.VisibleToClient)).OrderBy(d => d.Date)
            .Select(d => new KeyDateView(d.Id, d.Title, d.Date, d.VisibleToClient)).ToListAsync(ct);
    }

    public async Task<Result<KeyDateView>> AddDateAsync(Guid matterId, string? title, DateOnly? date, bool visibleToClient, Actor actor, CancellationToken ct)
    {
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team records key dates.");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200) errors["title"] = ["Enter a title of at most 200 characters."];
        if (date is null) errors["date"] = ["Enter the date (YYYY-MM-DD)."];
        if (errors.Count > 0) return Error.Invalid(errors);
        var keyDate = new KeyDate(Guid.NewGuid(), matterId, title!.Trim(), date!.Value, visibleToClient);
        db.Add(keyDate);
        matter.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new KeyDateView(keyDate.Id, keyDate.Title, keyDate.Date, keyDate.VisibleToClient);
    }
}
