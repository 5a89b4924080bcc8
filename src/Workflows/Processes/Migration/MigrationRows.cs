using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Migration;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Processes.Migration;

// Turns the engine's moves into rows people read: the matter's or contract's reference and the labels.
static class MigrationRows
{
    public static async Task<Dictionary<Guid, string>> ReferencesAsync(PortalDb db, IReadOnlyCollection<Guid> instanceIds, CancellationToken ct)
    {
        var matters = await db.Set<Matter>().AsNoTracking().Where(m => instanceIds.Contains(m.WorkflowInstanceId))
            .Select(m => new { m.WorkflowInstanceId, m.Reference }).ToListAsync(ct);
        var contracts = await db.Set<Contract>().AsNoTracking().Where(c => instanceIds.Contains(c.WorkflowInstanceId))
            .Select(c => new { c.WorkflowInstanceId, c.Reference }).ToListAsync(ct);
        return matters.Concat(contracts).ToDictionary(r => r.WorkflowInstanceId, r => r.Reference);
    }

    public static MigrationRow Row(InstanceMove move, PreparedMigration migration, IReadOnlyDictionary<Guid, string> references)
    {
        var to = move.ToState is null ? null : migration.Target.State(move.ToState);
        return new MigrationRow(move.InstanceId, move.Subject.Type, Guid.TryParse(move.Subject.Id, out var id) ? id : Guid.Empty,
            references.GetValueOrDefault(move.InstanceId, ""), move.Version,
            move.FromState, Label(migration.Source.State(move.FromState)), move.ToState, to is null ? null : Label(to),
            move.ClientLabelBefore, move.ClientLabelAfter,
            [.. move.Tasks.Select(t => new TaskChange(t.Kind, t.AssigneeName, t.Status, t.Kept))], move.CanMove)
        {
            Deadlines = [.. move.Deadlines.Select(d => new DeadlineRow(d.State,
                What(d.Definition, d.Change == DeadlineChange.Cancelled ? migration.Source.Definition : migration.Target.Definition), d.DueAt, d.Change))],
        };
    }

    // What a deadline does, as its comment says or else by its action.
    static LocalizedText What(DeadlineDefinition deadline, WorkflowDefinition definition) =>
        deadline.Comment
        ?? (deadline.Fire is { } fire ? definition.Transitions.FirstOrDefault(t => t.Trigger == fire)?.Label ?? new LocalizedText(fire, fire) : null)
        ?? (deadline.Escalate.Count > 0 ? new LocalizedText("Escalation", "تصعيد") : new LocalizedText("Reminder", "تذكير"));

    public static MappingView Mapping(PreparedMigration migration, IReadOnlyList<InstanceMove> moves)
    {
        var running = moves.GroupBy(m => m.FromState).ToDictionary(g => g.Key, g => g.Count());
        var mapping = migration.Mapping;
        return new MappingView(
            [.. migration.Source.Definition.States.Select(s => new MappedState(s.Name, Label(s), s.Kind,
                mapping.Targets.GetValueOrDefault(s.Name), mapping.Automatic.Contains(s.Name), running.GetValueOrDefault(s.Name)))],
            mapping.Unmapped,
            [.. migration.Target.Definition.States.Select(s => new StateChoice(s.Name, Label(s), s.Kind))]);
    }

    static LocalizedText Label(StateDefinition state) => state.Label ?? new LocalizedText(state.Name, state.Name);
}
