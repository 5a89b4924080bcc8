using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes.Subjects;

// The matter or contract a workflow instance runs, when the actor may see it (else null: a 404).
public sealed class WorkflowSubjects(PortalDb db)
{
    public async Task<IWorkflowSubject?> ByInstanceAsync(Guid instanceId, Actor actor, bool tracked, CancellationToken ct)
    {
        var matters = db.Set<Matter>().VisibleTo(actor);
        var matter = await (tracked ? matters : matters.AsNoTracking()).FirstOrDefaultAsync(m => m.WorkflowInstanceId == instanceId, ct);
        if (matter is not null) return matter;
        var contracts = db.VisibleContracts(actor);
        return await (tracked ? contracts : contracts.AsNoTracking()).FirstOrDefaultAsync(c => c.WorkflowInstanceId == instanceId, ct);
    }

    // For the system (a deadline firing): the subject whatever its visibility, tracked.
    public async Task<IWorkflowSubject?> ByInstanceAsync(Guid instanceId, CancellationToken ct) =>
        (IWorkflowSubject?)await db.Set<Matter>().FirstOrDefaultAsync(m => m.WorkflowInstanceId == instanceId, ct)
        ?? await db.Set<Contract>().FirstOrDefaultAsync(c => c.WorkflowInstanceId == instanceId, ct);
}
