using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Tests.Harness;

// The cast of the tests. Roles are what the domain would compute for one instance.
public static class People
{
    public static readonly Actor Client = new("client-omar", "Omar Al-Mansouri", [WorkflowRoles.Requester], IsClient: true);
    public static readonly Actor ClientColleague = new("client-huda", "Huda Al-Mansouri", [WorkflowRoles.Collaborator], IsClient: true);
    public static readonly Actor Lawyer = new("lawyer-layla", "Layla Haddad", [WorkflowRoles.LegalTeam, WorkflowRoles.AssignedLawyer]);
    public static readonly Actor Partner = new("partner-karim", "Karim Nasser", [WorkflowRoles.LegalTeam]);
    public static readonly Actor HeadOfLegal = new("head-salma", "Salma Aziz", [WorkflowRoles.LegalTeam]);
    public static readonly Actor Admin = new("admin-rami", "Rami Admin", [WorkflowRoles.Admin, WorkflowRoles.LegalTeam]);
    public static readonly Actor Counterparty = new("collab-james", "James Carter", [WorkflowRoles.Collaborator]);

    public static Assignee AsAssignee(this Actor actor) => new(actor.UserId, actor.DisplayName);
}
