using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes;

// A workflow instance is visible exactly when the matter or contract it runs is visible, and it is
// moved through that matter's or contract's own use case (which keeps their mirrors and notices).
public sealed class InstanceAccess(PortalDb db, WorkflowRunner runner, MatterWork matters, ContractWork contracts)
{
    static readonly Error NotFound = Error.NotFound("The workflow instance");

    public async Task<Result<InstanceView>> GetAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var subject = await SubjectAsync(instanceId, actor, ct);
        if (subject is null) return NotFound;
        var view = await runner.GetViewAsync(db, instanceId, actor.ToEngine(subject.Value.RequesterId == actor.UserId, subject.Value.LawyerId == actor.UserId), ct);
        return view.IsSuccess ? view.Value : view.Error.ToError();
    }

    public async Task<Result<InstanceView>> FireAsync(Guid instanceId, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var subject = await SubjectAsync(instanceId, actor, ct);
        if (subject is null) return NotFound;
        var fired = subject.Value.IsContract
            ? (await contracts.FireAsync(subject.Value.Id, trigger, comment, fields, actor, ct)).Match(_ => (Error?)null, e => e)
            : (await matters.FireAsync(subject.Value.Id, trigger, comment, fields, actor, ct)).Match(_ => (Error?)null, e => e);
        return fired is null ? await GetAsync(instanceId, actor, ct) : fired;
    }

    // The matter or contract this instance runs, if the actor may see it.
    async Task<(Guid Id, bool IsContract, Guid RequesterId, Guid? LawyerId)?> SubjectAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().VisibleTo(actor).Where(m => m.WorkflowInstanceId == instanceId)
            .Select(m => new { m.Id, m.RequesterId, m.AssignedLawyerId }).FirstOrDefaultAsync(ct);
        if (matter is not null) return (matter.Id, false, matter.RequesterId, matter.AssignedLawyerId);
        var contract = await db.VisibleContracts(actor).AsNoTracking().Where(c => c.WorkflowInstanceId == instanceId)
            .Select(c => new { c.Id, c.RequesterId, c.AssignedLawyerId }).FirstOrDefaultAsync(ct);
        return contract is null ? null : (contract.Id, true, contract.RequesterId, contract.AssignedLawyerId);
    }

    public async Task<Result<string>> DiagramAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        if (!(await GetAsync(instanceId, actor, ct)).IsSuccess) return NotFound;
        var diagram = await runner.GetDiagramAsync(db, instanceId, actor.Language, ct);
        return diagram.IsSuccess ? diagram.Value : diagram.Error.ToError();
    }
}
