using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Diagrams;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Runtime;

public sealed partial class WorkflowRunner
{
    // Exactly what Stateless permits this person now; the UI shows these and nothing else.
    public async Task<WorkflowResult<IReadOnlyList<AvailableAction>>> GetActionsAsync(
        DbContext db, Guid instanceId, Actor actor, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: false, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, tasks, _) = loaded.Value;
        return WorkflowResult<IReadOnlyList<AvailableAction>>.From(await Actions(instance, workflow, tasks, actor));
    }

    public Task<WorkflowResult<InstanceView>> GetViewAsync(DbContext db, Guid instanceId, Actor actor, CancellationToken ct = default) =>
        GetViewAsync(db, instanceId, (_, _) => Task.FromResult(actor), ct);

    // historyLimit: only the newest entries (still oldest first), with HistoryBefore set when there
    // are earlier ones (GetHistoryAsync pages through them); null reads the whole history.
    public async Task<WorkflowResult<InstanceView>> GetViewAsync(
        DbContext db, Guid instanceId, Func<WorkflowDefinition, CancellationToken, Task<Actor>> actorFor, CancellationToken ct = default,
        int? historyLimit = null)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: false, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, tasks, _) = loaded.Value;
        var actor = await actorFor(workflow.Definition, ct);
        var history = historyLimit is { } limit
            ? await NewestHistoryAsync(db, instanceId, null, limit, ct)
            : await db.Set<WorkflowHistoryEntry>().AsNoTracking()
                .Where(h => h.InstanceId == instanceId).OrderBy(h => h.Sequence).ToListAsync(ct);
        int? before = null;
        if (historyLimit is { } l && history.Count > l)
        {
            history.RemoveAt(0);
            before = history[0].Sequence;
        }
        var state = workflow.State(instance.State);
        var labels = Labels(workflow);
        var timers = await LoadTimersAsync(db, instance, workflow, tracked: false, ct);
        return new InstanceView(
            instance.Id, instance.DefinitionKey, instance.DefinitionVersion, instance.Subject,
            state.Name, state.Label!, state.ClientLabel ?? state.Label!, state.Category, state.Kind, state.WaitingOn,
            instance.Version, instance.StartedAt, instance.UpdatedAt, instance.CompletedAt,
            [.. history.Select(h => View(h, labels))],
            TaskViews(tasks),
            await Actions(instance, workflow, tasks, actor))
        {
            HistoryBefore = before,
            Data = [.. instance.Data.Values.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new DataView(p.Key, p.Value.Type, DeadlineDefinition.LabelOf(workflow.Definition, p.Key), p.Value.Values))],
            Deadlines = DeadlineViews(instance, state, timers, labels),
        };
    }

    static List<DeadlineView> DeadlineViews(WorkflowInstance instance, StateDefinition state, List<WorkflowTimer> timers,
        Dictionary<string, LocalizedText?> labels) =>
    [
        .. timers.Where(t => t.State == instance.State && t.Visit == instance.Visit && t.Deadline < state.Deadlines.Count)
            .OrderBy(t => t.DueAt)
            .Select(t => (Timer: t, Deadline: state.Deadlines[t.Deadline]))
            .Select(p => new DeadlineView(p.Timer.DueAt, p.Deadline.Remind, p.Deadline.Escalate, p.Deadline.Fire,
                p.Deadline.Fire is { } trigger ? labels.GetValueOrDefault(trigger) : null,
                p.Deadline.Comment ?? new LocalizedText("Deadline", "موعد"), p.Deadline.Public) { Notice = p.Deadline.Notice }),
    ];

    // One page of the history, newest first: the entries before the sequence number `before` (all
    // when null). More is true when earlier entries remain. One index range on (InstanceId, Sequence).
    public async Task<WorkflowResult<(IReadOnlyList<HistoryView> Entries, bool More)>> GetHistoryAsync(
        DbContext db, Guid instanceId, int? before, int limit, CancellationToken ct = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null)
            return new NotFound("instance-not-found", "No such workflow instance.");
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct)
            ?? throw new InvalidOperationException($"Instance {instance.Id} is pinned to missing '{instance.DefinitionKey}' v{instance.DefinitionVersion}.");
        var rows = await NewestHistoryAsync(db, instanceId, before, limit, ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(0);
        var labels = Labels(workflow);
        IReadOnlyList<HistoryView> entries = [.. Enumerable.Reverse(rows).Select(h => View(h, labels))];
        return (entries, more);
    }

    // limit + 1 newest entries before `before`, returned oldest first.
    static async Task<List<WorkflowHistoryEntry>> NewestHistoryAsync(DbContext db, Guid instanceId, int? before, int limit, CancellationToken ct)
    {
        var query = db.Set<WorkflowHistoryEntry>().AsNoTracking().Where(h => h.InstanceId == instanceId);
        if (before is { } b) query = query.Where(h => h.Sequence < b);
        var rows = await query.OrderByDescending(h => h.Sequence).Take(limit + 1).ToListAsync(ct);
        rows.Reverse();
        return rows;
    }

    static Dictionary<string, LocalizedText?> Labels(CompiledWorkflow workflow) =>
        workflow.Definition.Transitions.GroupBy(t => t.Trigger).ToDictionary(g => g.Key, g => g.First().Label);

    static HistoryView View(WorkflowHistoryEntry h, Dictionary<string, LocalizedText?> labels) =>
        new(h.Sequence, h.ActorId, h.ActorName, h.Trigger, labels.GetValueOrDefault(h.Trigger),
            h.FromState, h.ToState, h.At, h.Comment, h.Fields) { Reason = h.Reason };

    // A person's inbox: the approvals and signatures waiting for them now, oldest first.
    public async Task<IReadOnlyList<TaskView>> GetPendingTasksAsync(DbContext db, string userId, int limit = 50, CancellationToken ct = default)
    {
        var approvals = await db.Set<ApprovalTask>().AsNoTracking()
            .Where(t => t.AssigneeId == userId && t.Status == WorkflowTaskStatus.Pending)
            .OrderBy(t => t.ActivatedAt).Take(limit).ToListAsync(ct);
        var signatures = await db.Set<SignatureTask>().AsNoTracking()
            .Where(t => t.SignerId == userId && t.Status == WorkflowTaskStatus.Pending)
            .OrderBy(t => t.ActivatedAt).Take(limit).ToListAsync(ct);
        return [.. TaskViews(new OpenTasks(new ApprovalRound(approvals), new SignatureRound(signatures)))
            .OrderBy(t => t.ActivatedAt).Take(limit)];
    }

    // Mermaid of the instance's pinned definition, current state marked, path from its history.
    public async Task<WorkflowResult<string>> GetDiagramAsync(DbContext db, Guid instanceId, string language = "en", CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: false, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, _, _) = loaded.Value;
        var states = await db.Set<WorkflowHistoryEntry>().AsNoTracking()
            .Where(h => h.InstanceId == instanceId).OrderBy(h => h.Sequence).Select(h => h.ToState).ToListAsync(ct);
        // Decisions that did not move the instance repeat the state; the path shows moves.
        var path = states.Where((s, i) => i == 0 || states[i - 1] != s).ToList();
        return WorkflowDiagrams.Instance(workflow, instance.State, path, language);
    }

    internal static async Task<List<AvailableAction>> Actions(WorkflowInstance instance, CompiledWorkflow workflow, OpenTasks tasks, Actor actor)
    {
        var machine = workflow.BuildMachine(instance.State, _ => { }, new GuardFacts(actor, tasks.IsPendingFor(actor.UserId), instance.Data));
        // Guards are synchronous, so this completes at once; the sync overload is obsolete.
        var permitted = (await machine.GetPermittedTriggersAsync()).ToHashSet();
        // A branched trigger shows once, with the target the data routes to now.
        return [.. workflow.From(instance.State)
            .Where(t => permitted.Contains(t.Trigger) && ReferenceEquals(workflow.Route(instance.State, t.Trigger, instance.Data), t))
            .Select(t => t.Definition)
            .Select(t => new AvailableAction(t.Trigger, t.Label!, t.Action, t.To, t.Requires.Contains(RequiredFields.Comment),
                [.. t.Requires.Select(workflow.Definition.FindField).OfType<FieldDefinition>()
                    .Select(f => new RequiredField(f.Name, f.Type, f.Label!))],
                Ends(workflow.Definition.FindState(t.To)), TargetLabel(workflow.Definition.FindState(t.To), actor)))];
    }

    static bool Ends(StateDefinition? target) => target is not null && (target.Final || target.Category == StateCategory.Done);

    static LocalizedText? TargetLabel(StateDefinition? target, Actor actor) =>
        actor.IsClient ? target?.ClientLabel ?? target?.Label : target?.Label;

    static List<TaskView> TaskViews(OpenTasks tasks) =>
    [
        .. (tasks.Approvals?.Tasks ?? []).Select(t => new TaskView(t.Id, t.InstanceId, StateKind.Approval, t.Step, t.Mode, t.AssigneeId, t.AssigneeName,
            t.Status, t.ActivatedAt, t.DecidedAt, t.Comment)),
        .. (tasks.Signatures?.Tasks ?? []).Select(t => new TaskView(t.Id, t.InstanceId, StateKind.Signature, t.Order, null, t.SignerId, t.SignerName,
            t.Status, t.ActivatedAt, t.DecidedAt, t.Comment)),
    ];
}
