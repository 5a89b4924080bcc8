using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes;

// A workflow instance is visible exactly when the matter or contract it runs is visible, and it
// moves through WorkflowSteps like every subject (which keeps their mirrors and effects).
public sealed class InstanceAccess(PortalDb db, WorkflowRunner runner, WorkflowSubjects subjects, WorkflowSteps steps)
{
    static readonly Error NotFound = Error.NotFound("The workflow instance");

    public async Task<Result<InstanceView>> GetAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var subject = await subjects.ByInstanceAsync(instanceId, actor, tracked: false, ct);
        return subject is null ? NotFound : await steps.ViewAsync(subject, actor, ct);
    }

    public async Task<Result<InstanceView>> FireAsync(Guid instanceId, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var subject = await subjects.ByInstanceAsync(instanceId, actor, tracked: true, ct);
        if (subject is null) return NotFound;
        var fired = await steps.FireAsync(subject, trigger, comment, fields, actor, ct);
        return fired.IsSuccess ? await steps.ViewAsync(subject, actor, ct) : fired.Error;
    }

    public async Task<Result<string>> DiagramAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        if (await subjects.ByInstanceAsync(instanceId, actor, tracked: false, ct) is null) return NotFound;
        var diagram = await runner.GetDiagramAsync(db, instanceId, actor.Language, ct);
        return diagram.IsSuccess ? diagram.Value : diagram.Error.ToError();
    }
}
