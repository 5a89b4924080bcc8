using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// What a page or an endpoint shows about an instance, for one person. Never an EF entity.
public sealed record InstanceView(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    WorkflowSubject Subject,
    string State,
    LocalizedText StateLabel,
    LocalizedText ClientLabel,
    StateCategory Category,
    StateKind Kind,
    string? WaitingOn,
    int Version,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<AvailableAction> Actions)
{
    // The instance's data, labelled by the definition's fields where it declares them.
    public IReadOnlyList<DataView> Data { get; init; } = [];

    // When History holds only the newest entries: the sequence number the earlier ones come before.
    public int? HistoryBefore { get; init; }

    // The pending deadlines of the current visit to the state, soonest first.
    public IReadOnlyList<DeadlineView> Deadlines { get; init; } = [];
}

// One pending deadline: when it comes, what it will do (remind, escalate, fire `Fires`, labelled),
// why, and whether the client may see it.
public sealed record DeadlineView(
    DateTimeOffset DueAt, IReadOnlyList<string> Remind, IReadOnlyList<string> Escalate, string? Fires, LocalizedText? FiresLabel,
    LocalizedText Reason, bool Public)
{
    public LocalizedText? Notice { get; init; }
}

public sealed record DataView(string Name, FieldType Type, LocalizedText? Label, IReadOnlyList<string> Values);

public sealed record HistoryView(
    int Sequence, string ActorId, string ActorName, string Trigger, LocalizedText? TriggerLabel,
    string? From, string To, DateTimeOffset At, string? Comment, IReadOnlyDictionary<string, string> Fields)
{
    // Set when the system took the step (a deadline): why, in both languages.
    public LocalizedText? Reason { get; init; }

    public bool BySystem => ActorId == Actor.System.UserId;
}

// An approval (Step = step number, Mode set) or a signature (Step = signing order) of the current visit.
public sealed record TaskView(
    Guid Id, Guid InstanceId, StateKind Kind, int Step, ApprovalMode? Mode, string AssigneeId, string AssigneeName, WorkflowTaskStatus Status,
    DateTimeOffset? ActivatedAt, DateTimeOffset? DecidedAt, string? Comment);
