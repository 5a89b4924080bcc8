using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Approvals;

// A person the domain assigns to an approval or signature task.
public sealed record Assignee(string UserId, string DisplayName);

// One ordered approval step for this instance: who approves, and whether all or any must.
public sealed record ApprovalStepPlan(ApprovalMode Mode, IReadOnlyList<Assignee> Approvers);

// Waiting: a later step or signer. Pending: their turn. Skipped: another approver of an
// `any` step decided first. Cancelled: the instance left the state before it was done.
public enum WorkflowTaskStatus { Waiting, Pending, Approved, Rejected, Signed, Declined, Skipped, Cancelled }
