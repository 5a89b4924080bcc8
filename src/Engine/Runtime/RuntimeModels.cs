using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

public sealed record FireCommand(string Trigger, string? Comment = null, IReadOnlyDictionary<string, string>? Fields = null);

// A step the instance took, still unsaved in the caller's DbContext.
public sealed record Fired(WorkflowInstance Instance, WorkflowHistoryEntry Entry, IReadOnlyList<WorkflowEffect> Effects)
{
    // Timers of the state just entered, to be saved with the step.
    public IReadOnlyList<Deadlines.WorkflowTimer> Scheduled { get; init; } = [];

    public bool Moved => Entry.FromState != Entry.ToState;
}

public sealed record Started(WorkflowInstance Instance, IReadOnlyList<WorkflowEffect> Effects);

public sealed record Saved(int Changes);

// The tasks created for an approval or signature state, and who must be told it is their turn.
public sealed record TasksStarted(IReadOnlyList<Guid> TaskIds, NotifyAssignees Notify);

// What a person may do now: exactly the triggers Stateless permits for them.
// Ends: the target is a final (Done) state, so the step cannot be taken back; ToLabel is the
// target's label as this person reads it (the client-facing one for clients).
public sealed record AvailableAction(
    string Trigger, LocalizedText Label, TransitionAction Action, string To, bool RequiresComment, IReadOnlyList<RequiredField> Fields,
    bool Ends = false, LocalizedText? ToLabel = null);

public sealed record RequiredField(string Name, FieldType Type, LocalizedText Label);
