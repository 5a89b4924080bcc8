using WorkflowPortal.Api.Shell;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

// The team asked the requester something: the matter waits on them and the step into this state
// carried the question. Answer is the one step that answers it, when this person may take it
// (the requester's only step besides those that end the matter); null for the team.
public sealed record InformationRequest(HistoryView Question, AvailableAction? Answer)
{
    public static InformationRequest? Of(MatterDetail detail)
    {
        if (detail.Status.WaitingOn != WorkflowRoles.Requester) return null;
        // The step into the state, not a remark made while in it (a reminder, an assignment).
        var asked = detail.History.Where(h => h.To == detail.Status.State
            && h.Trigger is not (RequesterReminders.Trigger or WorkflowPortal.Workflows.Assignment.LawyerAssignment.Trigger)).MaxBy(h => h.Sequence);
        if (asked?.Comment is not { Length: > 0 }) return null;
        var steps = detail.Actions.Where(a => !StepConfirmations.IsIrreversible(a)).ToList();
        return new InformationRequest(asked, steps is [{ RequiresComment: true } answer] ? answer : null);
    }
}
