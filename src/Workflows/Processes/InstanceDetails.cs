using System.Text;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Workflows.Processes;

// What the API shows of a workflow instance: the Workflows' own records, so that a rename inside
// the engine never changes the JSON. The legal team sees the workflow as it runs (state names,
// steps, data); the client's side sees the client-facing labels and its own path only: no state
// names, no internal steps, no approver's comment but its own.
public sealed record InstanceDetails(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    string? State,
    LocalizedText Label,
    StateCategory Category,
    string? WaitingOn,
    int Version,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<InstanceStep> History,
    IReadOnlyList<InstanceTask> Tasks,
    IReadOnlyList<InstanceAction> Actions,
    IReadOnlyList<InstanceDatum>? Data);

// One line of the history. From and To are state names for the team, null for the client's side
// (who read FromLabel and ToLabel).
public sealed record InstanceStep(int Sequence, string ActorName, bool BySystem, string Trigger, LocalizedText? ActionLabel,
    string? From, string? To, LocalizedText? FromLabel, LocalizedText ToLabel, DateTimeOffset At, string? Comment, LocalizedText? Reason,
    IReadOnlyDictionary<string, string> Fields);

public sealed record InstanceTask(Guid Id, StateKind Kind, int Step, ApprovalMode? Mode, string AssigneeId, string AssigneeName,
    WorkflowTaskStatus Status, DateTimeOffset? ActivatedAt, DateTimeOffset? DecidedAt, string? Comment);

public sealed record InstanceAction(string Trigger, LocalizedText Label, TransitionAction Action, string? To, bool RequiresComment,
    IReadOnlyList<InstanceField> Fields);

public sealed record InstanceField(string Name, FieldType Type, LocalizedText Label);

public sealed record InstanceDatum(string Name, FieldType Type, LocalizedText? Label, IReadOnlyList<string> Values);

public static class InstanceProjection
{
    public static InstanceDetails ForTeam(InstanceView view, WorkflowDefinition definition) => new(
        view.Id, view.DefinitionKey, view.DefinitionVersion, view.State, view.StateLabel, view.Category, view.WaitingOn,
        view.Version, view.StartedAt, view.UpdatedAt, view.CompletedAt,
        [.. view.History.Select(h => new InstanceStep(h.Sequence, h.ActorName, h.BySystem, h.Trigger, h.TriggerLabel, h.From, h.To,
            h.From is null ? null : LabelOf(definition, h.From, client: false), LabelOf(definition, h.To, client: false) ?? new(h.To, h.To),
            h.At, h.Comment, h.Reason, h.Fields))],
        [.. view.Tasks.Select(t => Task(t, t.Comment))],
        [.. view.Actions.Select(a => Action(a, a.To))],
        [.. view.Data.Select(d => new InstanceDatum(d.Name, d.Type, d.Label, d.Values))]);

    // The client's side: a history line only where the status they know changed or where they
    // acted themselves; approvers' comments only their own; no target states, no data.
    public static InstanceDetails ForClient(InstanceView view, WorkflowDefinition definition, string userId)
    {
        var history = new List<InstanceStep>();
        foreach (var h in view.History)
        {
            var from = h.From is null ? null : LabelOf(definition, h.From, client: true);
            // A state of an earlier version (before a migration) has no label the client knows.
            if (LabelOf(definition, h.To, client: true) is not { } to) continue;
            if (from == to && h.ActorId != userId) continue;
            history.Add(new InstanceStep(h.Sequence, h.ActorName, h.BySystem, h.Trigger, h.TriggerLabel, null, null, from, to, h.At,
                h.Comment, h.Reason, new Dictionary<string, string>()));
        }
        return new InstanceDetails(
            view.Id, view.DefinitionKey, view.DefinitionVersion, null, view.ClientLabel, view.Category, view.WaitingOn,
            view.Version, view.StartedAt, view.UpdatedAt, view.CompletedAt, history,
            [.. view.Tasks.Select(t => Task(t, t.AssigneeId == userId ? t.Comment : null))],
            [.. view.Actions.Select(a => Action(a, null))],
            null);
    }

    // The client's path as a diagram: the statuses they have seen, in order, the current one marked.
    public static string ClientDiagram(InstanceDetails details, string language)
    {
        var path = new List<LocalizedText>();
        foreach (var step in details.History)
        {
            if (path.Count == 0 || path[^1] != step.ToLabel) path.Add(step.ToLabel);
        }
        if (path.Count == 0 || path[^1] != details.Label) path.Add(details.Label);
        var diagram = new StringBuilder("stateDiagram-v2\n");
        for (var i = 0; i < path.Count; i++)
            diagram.Append($"\ts{i} : {Clean(path[i].In(language))}\n");
        diagram.Append("\t[*] --> s0\n");
        for (var i = 1; i < path.Count; i++)
            diagram.Append($"\ts{i - 1} --> s{i}\n");
        diagram.Append("\tclassDef current fill:#fde68a,stroke:#b45309,stroke-width:3px\n");
        diagram.Append($"\tclass s{path.Count - 1} current\n");
        return diagram.ToString();
    }

    static LocalizedText? LabelOf(WorkflowDefinition definition, string state, bool client)
    {
        var found = definition.States.FirstOrDefault(s => s.Name == state);
        if (found is null) return null;
        return client ? found.ClientLabel ?? found.Label! : found.Label!;
    }

    static InstanceTask Task(TaskView t, string? comment) =>
        new(t.Id, t.Kind, t.Step, t.Mode, t.AssigneeId, t.AssigneeName, t.Status, t.ActivatedAt, t.DecidedAt, comment);

    static InstanceAction Action(AvailableAction a, string? to) =>
        new(a.Trigger, a.Label, a.Action, to, a.RequiresComment, [.. a.Fields.Select(f => new InstanceField(f.Name, f.Type, f.Label))]);

    static string Clean(string label) => label.Replace(':', ' ').Replace(';', ',');
}
