using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Migration;

// What an administrator asks for: the versions, the explicit part of the mapping (the rest maps by name).
public sealed record MigrationDraft(int FromVersion, int ToVersion, IReadOnlyDictionary<string, string>? Mapping);

// Applying: the instances chosen from the dry run, each with the version the dry run showed.
public sealed record MigrationApplication(
    int FromVersion, int ToVersion, IReadOnlyDictionary<string, string>? Mapping, IReadOnlyList<ChosenInstance>? Instances, string? Note);

public sealed record ChosenInstance(Guid InstanceId, int Version);

public sealed record StateChoice(string Name, LocalizedText Label, StateKind Kind);

// One source state: where it goes (null = unmapped), whether by name, and how many instances sit in it.
public sealed record MappedState(string Source, LocalizedText Label, StateKind Kind, string? Target, bool Automatic, int Running);

public sealed record MappingView(IReadOnlyList<MappedState> States, IReadOnlyList<string> Unmapped, IReadOnlyList<StateChoice> TargetStates);

public sealed record TaskChange(StateKind Kind, string AssigneeName, WorkflowTaskStatus Status, bool Kept);

// One instance in a dry run or a result: where it is, where it goes, what happens to its open tasks,
// and what the client sees before and after. CanMove is false while its state is unmapped.
public sealed record MigrationRow(
    Guid InstanceId, string SubjectType, Guid SubjectId, string Reference, int Version,
    string FromState, LocalizedText FromLabel, string? ToState, LocalizedText? ToLabel,
    LocalizedText ClientLabelBefore, LocalizedText? ClientLabelAfter, IReadOnlyList<TaskChange> Tasks, bool CanMove)
{
    public IReadOnlyList<DeadlineRow> Deadlines { get; init; } = [];
}

// A deadline the move keeps (due as before), cancels or sets (due from the migration).
public sealed record DeadlineRow(string State, LocalizedText What, DateTimeOffset DueAt, Engine.Migration.DeadlineChange Change);

public sealed record MigrationPreview(string Key, int FromVersion, int ToVersion, MappingView Mapping, IReadOnlyList<MigrationRow> Instances);

public sealed record SkippedInstance(Guid InstanceId, string Reference, string Code, string Reason);

public sealed record MigrationOutcome(
    Guid ChangeId, string Key, int FromVersion, int ToVersion, IReadOnlyList<MigrationRow> Migrated, IReadOnlyList<SkippedInstance> Skipped);
