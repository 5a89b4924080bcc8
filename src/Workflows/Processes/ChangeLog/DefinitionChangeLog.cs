using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Processes.ChangeLog;

// A definition's readable history: who published which version and who migrated what, newest first.
public sealed class DefinitionChangeLog(PortalDb db)
{
    public const int MaxNote = 2000;

    public async Task<Result<IReadOnlyList<DefinitionChangeView>>> ListAsync(string key, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team sees workflow definitions.");
        var rows = await db.Set<DefinitionChange>().AsNoTracking().Where(c => c.Key == key)
            .OrderByDescending(c => c.At).Take(200).ToListAsync(ct);
        return Result<IReadOnlyList<DefinitionChangeView>>.From([.. rows.Select(c =>
            new DefinitionChangeView(c.Id, c.Kind, c.Version, c.FromVersion, c.ActorName, c.At, c.Note, c.Migrated, c.Skipped))]);
    }

    public static Error? CheckNote(string? note) =>
        note is { Length: > MaxNote } ? Error.Invalid("note", $"A note is at most {MaxNote} characters.") : null;
}
