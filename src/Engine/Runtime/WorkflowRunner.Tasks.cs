using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Runtime;

public sealed partial class WorkflowRunner
{
    // The domain answers a StartApprovals effect with real people, usually in the same unit of
    // work as the fire that entered the state (the definition's defaults name only parties).
    public async Task<WorkflowResult<TasksStarted>> StartApprovalsAsync(
        DbContext db, Guid instanceId, IReadOnlyList<ApprovalStepPlan> steps, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (steps.Count == 0)
            errors["steps"] = ["At least one approval step is needed."];
        foreach (var (step, index) in steps.Select((s, i) => (s, i)).Where(p => p.s.Approvers.Count == 0))
            errors[$"steps[{index}]"] = ["Each step needs at least one approver."];
        if (errors.Count > 0)
            return new Invalid("approval-steps-invalid", "The approval steps are incomplete.", errors);

        var found = await FindForTasksAsync(db, instanceId, StateKind.Approval, ct);
        if (!found.IsSuccess)
            return found.Error;
        var instance = found.Value;
        var now = time.GetUtcNow();
        var tasks = steps.SelectMany((step, index) => step.Approvers.Select((a, position) =>
            new ApprovalTask(instance.Id, instance.State, instance.Visit, index + 1, position + 1, step.Mode, a, active: index == 0, now))).ToList();
        db.AddRange(tasks);
        instance.Touch(now);
        return new TasksStarted([.. tasks.Select(t => t.Id)], new NotifyAssignees(instance.State, steps[0].Approvers));
    }

    public async Task<WorkflowResult<TasksStarted>> StartSignaturesAsync(
        DbContext db, Guid instanceId, IReadOnlyList<Assignee> signers, CancellationToken ct = default)
    {
        if (signers.Count == 0)
            return new Invalid("signers-invalid", "At least one signer is needed.",
                new Dictionary<string, string[]> { ["signers"] = ["At least one signer is needed."] });

        var found = await FindForTasksAsync(db, instanceId, StateKind.Signature, ct);
        if (!found.IsSuccess)
            return found.Error;
        var instance = found.Value;
        var now = time.GetUtcNow();
        var tasks = signers.Select((s, index) => new SignatureTask(instance.Id, instance.State, instance.Visit, index + 1, s, now)).ToList();
        db.AddRange(tasks);
        instance.Touch(now);
        return new TasksStarted([.. tasks.Select(t => t.Id)], new NotifyAssignees(instance.State, [signers[0]]));
    }

    async Task<WorkflowResult<WorkflowInstance>> FindForTasksAsync(DbContext db, Guid instanceId, StateKind kind, CancellationToken ct)
    {
        // A just-started instance is only in the change tracker, not yet in the database.
        var instance = db.Set<WorkflowInstance>().Local.FirstOrDefault(i => i.Id == instanceId)
            ?? await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null)
            return new NotFound("instance-not-found", "No such workflow instance.");
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct);
        if (workflow?.State(instance.State).Kind != kind)
            return new Conflict("tasks-not-expected", $"The instance is in '{instance.State}', which is not a {kind.ToString().ToLowerInvariant()} state.");

        var started = kind == StateKind.Approval
            ? db.Set<ApprovalTask>().Local.Any(t => t.InstanceId == instanceId && t.Visit == instance.Visit)
              || await db.Set<ApprovalTask>().AnyAsync(t => t.InstanceId == instanceId && t.Visit == instance.Visit, ct)
            : db.Set<SignatureTask>().Local.Any(t => t.InstanceId == instanceId && t.Visit == instance.Visit)
              || await db.Set<SignatureTask>().AnyAsync(t => t.InstanceId == instanceId && t.Visit == instance.Visit, ct);
        return started
            ? new Conflict("tasks-already-started", $"The tasks of '{instance.State}' have already been started.")
            : instance;
    }
}
