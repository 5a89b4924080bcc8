using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Signatures;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// The one rule for who sees which contract. The legal team sees all of them; a portal user sees
// the ones they asked for (and their organization's, when it shares), and a collaborator also
// the ones where they hold an approval or signature task. Anything else is 404, never 403.
public static class ContractAccess
{
    public static readonly Error NotFound = Error.NotFound("The contract");

    public static string Link(Contract contract) => $"/contracts/{contract.Id}";

    public static IQueryable<Contract> VisibleContracts(this PortalDb db, Actor actor)
    {
        var contracts = db.Set<Contract>().AsQueryable();
        if (actor.IsLegalTeam) return contracts;
        var userId = actor.UserId;
        var assignee = userId.ToString();
        var organization = actor.SeesOrganizationMatters ? actor.ClientId : null;
        return contracts.Where(c => c.RequesterId == userId
            || (organization != null && c.ClientId == organization)
            || db.Set<ApprovalTask>().Any(t => t.InstanceId == c.WorkflowInstanceId && t.AssigneeId == assignee)
            || db.Set<SignatureTask>().Any(t => t.InstanceId == c.WorkflowInstanceId && t.SignerId == assignee));
    }
}
