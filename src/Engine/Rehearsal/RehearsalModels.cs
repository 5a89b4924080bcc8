using System.Text.Json.Serialization;
using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Rehearsal;

// A test run of a definition, replayed from the start on every request: who plays it, the sample
// form values it starts with, the steps fired so far and the moment it pretends to be.
public sealed record RehearsalRequest(
    string Role, IReadOnlyDictionary<string, string>? Data, IReadOnlyList<RehearsalStep>? Fired, DateTimeOffset Now)
{
    // Named guards the player holds (e.g. "FeePaid"); none unless chosen.
    public IReadOnlyCollection<string> Guards { get; init; } = [];
}

public sealed record RehearsalStep(string Trigger, string? Comment = null, IReadOnlyDictionary<string, string>? Fields = null);

// Where the test run stands after the steps: nothing in it was saved, sent or rendered.
public sealed record RehearsalView(
    string State, LocalizedText Label, bool Completed,
    IReadOnlyList<AvailableAction> Permitted, IReadOnlyList<RefusedAction> Refused,
    IReadOnlyList<RehearsalStepView> Steps, IReadOnlyList<RehearsalDeadline> Deadlines,
    IReadOnlyList<RehearsalTask> Tasks, IReadOnlyList<DataView> Data);

// Why the player may not fire a trigger here: Condition (no branch's condition holds on the data),
// Client (clients never decide), NotTheirTask (a decision waits on its open task), Role, Guard.
public sealed record RefusedAction(string Trigger, LocalizedText? Label, string Reason, IReadOnlyList<string> Missing, string Rule);

// One step replayed: where it went, which branch the conditions chose and what would go out.
public sealed record RehearsalStepView(
    int Number, string Trigger, LocalizedText? Label, string From, string To, LocalizedText ToLabel, DateTimeOffset At,
    IReadOnlyList<RehearsalBranch> Branches, [property: JsonIgnore] IReadOnlyList<WorkflowEffect> Effects,
    IReadOnlyList<RehearsalDeadline> DeadlinesSet, LocalizedText? Reason)
{
    // The effects as plain rows (the API cannot name an abstract record's kind).
    public IReadOnlyList<RehearsalEffect> Outgoing => [.. Effects.Select(RehearsalEffect.Of)];
}

// What would go out: Notify (parties), NotifyAssignees, Render (a document), Approvals, Signatures,
// Reminder, Escalation, Completed. Shown in the test run, never sent.
public sealed record RehearsalEffect(string Kind, string? State, IReadOnlyList<string> Parties, string? Template)
{
    public static RehearsalEffect Of(WorkflowEffect effect) => effect switch
    {
        NotifyParties e => new("Notify", null, e.Parties, null),
        NotifyAssignees e => new("NotifyAssignees", e.State, [.. e.People.Select(p => p.DisplayName)], null),
        RenderDocument e => new("Render", null, [], e.Template),
        StartApprovals e => new("Approvals", e.State, [.. e.DefaultSteps.SelectMany(s => s.Approvers).Distinct()], null),
        StartSignatures e => new("Signatures", e.State, e.DefaultSigners, null),
        DeadlineReminder e => new("Reminder", e.State, e.Parties, null),
        DeadlineEscalation e => new("Escalation", e.State, e.Parties, null),
        WorkflowCompleted e => new("Completed", e.State, [], null),
        _ => new(effect.GetType().Name, null, [], null),
    };
}

// A branch of the fired trigger: its condition (null for the otherwise-branch) and whether it held.
public sealed record RehearsalBranch(string To, Condition? When, string? ConditionText, bool Holds, bool Chosen);

// A deadline the step would set, due at a moment counted from the run's "now".
public sealed record RehearsalDeadline(
    string State, int Index, DateTimeOffset DueAt, IReadOnlyList<string> Remind, IReadOnlyList<string> Escalate,
    string? Fire, LocalizedText Comment);

// An approval or signature the player holds in the test run, standing in for the real people.
public sealed record RehearsalTask(StateKind Kind, int Step, LocalizedText? Label, string Status);
