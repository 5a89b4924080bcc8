using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Deadlines;

// A deadline came due: who must be reminded, with the deadline's comment as the message.
public sealed record DeadlineReminder(string State, IReadOnlyList<string> Parties, LocalizedText Comment) : WorkflowEffect;

// A deadline passed: the parties or people (email addresses) the matter is escalated to.
public sealed record DeadlineEscalation(string State, IReadOnlyList<string> Parties, LocalizedText Comment) : WorkflowEffect;

// What firing one timer did, unsaved in the caller's DbContext. `Entry` is null when the timer
// had gone stale (its state was left) and was cancelled instead.
public sealed record DeadlineFired(WorkflowTimer Timer, WorkflowInstance Instance, WorkflowHistoryEntry? Entry, IReadOnlyList<WorkflowEffect> Effects)
{
    public bool Moved => Entry is not null && Entry.FromState != Entry.ToState;
}
