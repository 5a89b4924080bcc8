using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes;

// A workflow instance is visible exactly when the matter or contract it runs is visible, and it
// moves through WorkflowSteps like every subject (which keeps their mirrors and effects).
// The legal team sees the workflow as it runs; the client's side its client-facing path only.
public sealed class InstanceAccess(PortalDb db, WorkflowRunner runner, WorkflowDefinitionCache cache, WorkflowSubjects subjects, WorkflowSteps steps)
{
    static readonly Error NotFound = Error.NotFound("The workflow instance");

    public async Task<Result<InstanceDetails>> GetAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var subject = await subjects.ByInstanceAsync(instanceId, actor, tracked: false, ct);
        return subject is null ? NotFound : await DetailsAsync(subject, actor, ct);
    }

    public async Task<Result<InstanceDetails>> FireAsync(Guid instanceId, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var subject = await subjects.ByInstanceAsync(instanceId, actor, tracked: true, ct);
        if (subject is null) return NotFound;
        var fired = await steps.FireAsync(subject, trigger, comment, fields, actor, ct);
        return fired.IsSuccess ? await DetailsAsync(subject, actor, ct) : fired.Error;
    }

    public async Task<Result<string>> DiagramAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var subject = await subjects.ByInstanceAsync(instanceId, actor, tracked: false, ct);
        if (subject is null) return NotFound;
        if (!actor.IsLegalTeam)
        {
            var details = await DetailsAsync(subject, actor, ct);
            return details.IsSuccess ? InstanceProjection.ClientDiagram(details.Value, actor.Language) : details.Error;
        }
        var diagram = await runner.GetDiagramAsync(db, instanceId, actor.Language, ct);
        return diagram.IsSuccess ? diagram.Value : diagram.Error.ToError();
    }

    async Task<Result<InstanceDetails>> DetailsAsync(IWorkflowSubject subject, Actor actor, CancellationToken ct)
    {
        var view = await steps.ViewAsync(subject, actor, ct);
        if (!view.IsSuccess) return view.Error;
        var workflow = await cache.GetAsync(db, view.Value.DefinitionKey, view.Value.DefinitionVersion, ct);
        if (workflow is null) return NotFound;
        return actor.IsLegalTeam
            ? InstanceProjection.ForTeam(view.Value, workflow.Definition)
            : InstanceProjection.ForClient(view.Value, workflow.Definition, actor.UserId.ToString());
    }
}
