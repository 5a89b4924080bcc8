using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Migration;

// Which running instances of one definition move from one published version to another, and
// where each source state lands. States missing from Mapping are mapped by name when they can be.
public sealed record MigrationRequest(string Key, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string>? Mapping = null);

// The mapping as it will be applied: every source state that has a target, the ones mapped
// automatically (same name in both versions), and the ones left without a target.
public sealed record StateMapping(
    IReadOnlyDictionary<string, string> Targets, IReadOnlyList<string> Automatic, IReadOnlyList<string> Unmapped);

// What a migration does to one instance. ToState is null when its state has no target: such an
// instance is listed but cannot be moved until the mapping covers its state.
public sealed record InstanceMove(
    Guid InstanceId, WorkflowSubject Subject, int Version, string FromState, string? ToState,
    LocalizedText ClientLabelBefore, LocalizedText? ClientLabelAfter, IReadOnlyList<TaskMove> Tasks)
{
    public bool CanMove => ToState is not null;

    // The instance's pending deadlines and the target state's: kept, cancelled or set.
    public IReadOnlyList<DeadlineMove> Deadlines { get; init; } = [];
}

// A pending deadline the target version declares unchanged is kept with its due time (the clock
// does not restart for an unrelated change); any other is cancelled, and the target state's other
// deadlines are set counting from the migration. A state whose approvals or signatures start
// afresh starts its deadlines afresh too.
public sealed record DeadlineMove(string State, int Deadline, DeadlineDefinition Definition, DateTimeOffset DueAt, DeadlineChange Change, Guid? TimerId = null);

public enum DeadlineChange { Kept, Cancelled, Set }

// An open approval or signature task: kept when the target state is of the same kind, otherwise cancelled.
public sealed record TaskMove(Guid TaskId, StateKind Kind, string AssigneeId, string AssigneeName, WorkflowTaskStatus Status, bool Kept);

public sealed record MigrationPlan(string Key, int FromVersion, int ToVersion, StateMapping Mapping, IReadOnlyList<InstanceMove> Instances);

// One instance moved, still unsaved in the caller's DbContext; Effects are the target state's
// entry effects when its tasks must start afresh (approvals, signatures) or it is final.
public sealed record Migrated(WorkflowInstance Instance, WorkflowHistoryEntry Entry, InstanceMove Move, IReadOnlyList<WorkflowEffect> Effects);
