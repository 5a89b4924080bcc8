using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Runtime;

public sealed partial class WorkflowRunner
{
    // The instance, its pinned definition and its open tasks: every fact the guards need,
    // loaded before the machine is built.
    async Task<WorkflowResult<(WorkflowInstance Instance, CompiledWorkflow Workflow, OpenTasks Tasks, List<WorkflowTimer> Timers)>> LoadAsync(
        DbContext db, Guid instanceId, bool tracked, CancellationToken ct)
    {
        var instances = db.Set<WorkflowInstance>();
        var instance = await (tracked ? instances : instances.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null)
            return new NotFound("instance-not-found", "No such workflow instance.");
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct)
            ?? throw new InvalidOperationException($"Instance {instance.Id} is pinned to missing '{instance.DefinitionKey}' v{instance.DefinitionVersion}.");
        var tasks = await LoadTasksAsync(db, instance, workflow.State(instance.State).Kind, tracked, ct);
        // Pending timers matter only to a step, which may cancel or move them.
        var timers = tracked ? await LoadTimersAsync(db, instance, workflow, tracked, ct) : [];
        return (instance, workflow, tasks, timers);
    }

    static async Task<OpenTasks> LoadTasksAsync(DbContext db, WorkflowInstance instance, StateKind kind, bool tracked, CancellationToken ct)
    {
        switch (kind)
        {
            case StateKind.Approval:
                var approvals = db.Set<ApprovalTask>().Where(t => t.InstanceId == instance.Id && t.Visit == instance.Visit);
                var approvalTasks = await (tracked ? approvals : approvals.AsNoTracking())
                    .OrderBy(t => t.Step).ThenBy(t => t.Position).ToListAsync(ct);
                return new OpenTasks(new ApprovalRound(approvalTasks), null);
            case StateKind.Signature:
                var signatures = db.Set<SignatureTask>().Where(t => t.InstanceId == instance.Id && t.Visit == instance.Visit);
                var signatureTasks = await (tracked ? signatures : signatures.AsNoTracking())
                    .OrderBy(t => t.Order).ToListAsync(ct);
                return new OpenTasks(null, new SignatureRound(signatureTasks));
            default:
                return OpenTasks.None;
        }
    }
}
