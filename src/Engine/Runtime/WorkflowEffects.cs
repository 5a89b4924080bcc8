using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// What the domain must do, in the same transaction, after a step (outbox mail, tasks, documents).
public abstract record WorkflowEffect;

// Parties named by the transition's `notify` (e.g. "Requester"); the domain resolves them.
public sealed record NotifyParties(IReadOnlyList<string> Parties) : WorkflowEffect;

// People whose turn has just come: the next approval step or the next signer.
public sealed record NotifyAssignees(string State, IReadOnlyList<Assignee> People) : WorkflowEffect;

// The instance entered an approval state: call WorkflowRunner.StartApprovals with real people.
public sealed record StartApprovals(string State, IReadOnlyList<ApprovalStepTemplate> DefaultSteps) : WorkflowEffect;

// The instance entered a signature state: call WorkflowRunner.StartSignatures with real people.
public sealed record StartSignatures(string State, IReadOnlyList<string> DefaultSigners) : WorkflowEffect;

public sealed record RenderDocument(string Template) : WorkflowEffect;

public sealed record WorkflowCompleted(string State) : WorkflowEffect;
