using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes;

// A workflow instance is visible exactly when the matter (or contract) it runs is visible.
public sealed class InstanceAccess(PortalDb db, WorkflowRunner runner, MatterWork matters)
{
    static readonly Error NotFound = Error.NotFound("The workflow instance");

    public async Task<Result<InstanceView>> GetAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(m => m.WorkflowInstanceId == instanceId, ct);
        if (matter is null) return NotFound;
        var view = await runner.GetViewAsync(db, instanceId,
            actor.ToEngine(matter.RequesterId == actor.UserId, matter.AssignedLawyerId == actor.UserId), ct);
        return view.IsSuccess ? view.Value : view.Error.ToError();
    }

    public async Task<Result<InstanceView>> FireAsync(Guid instanceId, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var matterId = await db.Set<Matter>().VisibleTo(actor).Where(m => m.WorkflowInstanceId == instanceId).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (matterId is null) return NotFound;
        var fired = await matters.FireAsync(matterId.Value, trigger, comment, fields, actor, ct);
        return fired.IsSuccess ? await GetAsync(instanceId, actor, ct) : fired.Error;
    }

    public async Task<Result<string>> DiagramAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        if (!(await GetAsync(instanceId, actor, ct)).IsSuccess) return NotFound;
        var diagram = await runner.GetDiagramAsync(db, instanceId, actor.Language, ct);
        return diagram.IsSuccess ? diagram.Value : diagram.Error.ToError();
    }
}
