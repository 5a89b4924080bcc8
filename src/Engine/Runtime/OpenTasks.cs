using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Runtime;

// The approval or signature tasks of the instance's current visit, if its state has any.
sealed class OpenTasks(ApprovalRound? approvals, SignatureRound? signatures)
{
    public static readonly OpenTasks None = new(null, null);

    public ApprovalRound? Approvals => approvals;

    public SignatureRound? Signatures => signatures;

    public bool IsPendingFor(string userId) =>
        approvals?.IsPendingFor(userId) == true || signatures?.IsPendingFor(userId) == true;

    // Records a decision; true when the instance leaves the state (ordinary moves always do).
    public bool Decide(TransitionAction action, string userId, string? comment, DateTimeOffset now, List<WorkflowEffect> effects)
    {
        switch (action)
        {
            case TransitionAction.Approve:
                var approved = approvals!.Approve(userId, comment, now, out var activated);
                if (activated.Count > 0)
                    effects.Add(new NotifyAssignees(activated[0].State, [.. activated.Select(t => new Assignee(t.AssigneeId, t.AssigneeName))]));
                return approved;
            case TransitionAction.Reject:
                approvals!.Reject(userId, comment, now);
                return true;
            case TransitionAction.Sign:
                var signed = signatures!.Sign(comment, now, out var next);
                if (next is not null)
                    effects.Add(new NotifyAssignees(next.State, [new Assignee(next.SignerId, next.SignerName)]));
                return signed;
            case TransitionAction.Decline:
                signatures!.Decline(comment, now);
                return true;
            default:
                return true;
        }
    }

    // Leaving the state (a withdrawal, a global Cancel) ends whatever was still open.
    public void CancelOpen(DateTimeOffset now)
    {
        approvals?.CancelOpen(now);
        signatures?.CancelOpen(now);
    }
}
