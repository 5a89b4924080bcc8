using WorkflowPortal.Engine;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using EngineActor = WorkflowPortal.Engine.Runtime.Actor;
using EngineRoles = WorkflowPortal.Engine.Definitions.WorkflowRoles;

namespace WorkflowPortal.Workflows.Processes;

// Translates between the legal domain and the generic engine: who a person is to an instance,
// and what an engine failure means to a caller.
public static class EngineTerms
{
    // Roles on one instance: the person's own roles plus their relation to the matter or contract.
    public static EngineActor ToEngine(this Actor actor, bool isRequester, bool isAssignedLawyer)
    {
        var roles = new HashSet<string>(actor.Roles.Where(r => r != Roles.Client));
        if (isRequester) roles.Add(EngineRoles.Requester);
        if (isAssignedLawyer) roles.Add(EngineRoles.AssignedLawyer);
        // A portal client is never a decider, whatever a definition says; a collaborator may be.
        var isClient = actor.IsPortalUser && !actor.Roles.Contains(Roles.Collaborator);
        return new EngineActor(actor.UserId.ToString(), actor.DisplayName, roles, isClient);
    }

    public static Error ToError(this WorkflowError error) => error switch
    {
        NotFound e => new Error(ErrorKind.NotFound, e.Code, e.Message),
        Forbidden e => new Error(ErrorKind.Forbidden, e.Code, e.Message),
        Conflict e => new Error(ErrorKind.Conflict, e.Code, e.Message),
        Invalid e => new Error(ErrorKind.Invalid, e.Code, e.Message, e.Errors),
        _ => new Error(ErrorKind.Conflict, error.Code, error.Message),
    };
}
