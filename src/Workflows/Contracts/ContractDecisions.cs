using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Signatures;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

public sealed record DecisionCommand(bool? Approve, string? Comment);

public sealed record SignCommand(string? TypedName, string? DrawnImage, bool Consented, string? IpAddress, string? UserAgent);

// Approving, rejecting, signing and declining a contract's tasks. The engine enforces whose turn
// it is and the step order; this adds the clear refusals and the signature's evidence.
public sealed class ContractDecisions(PortalDb db, WorkflowSteps steps, ContractFiling filing, WorkflowDefinitionCache cache, TimeProvider clock)
{
    static readonly Error TaskNotFound = Error.NotFound("The task");
    const int MaxDrawnImage = 150_000;

    public async Task<Result<ApprovalView>> DecideAsync(Guid taskId, DecisionCommand command, Actor actor, CancellationToken ct)
    {
        var task = await db.Set<ApprovalTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        var contract = task is null ? null : await db.VisibleContracts(actor).FirstOrDefaultAsync(c => c.WorkflowInstanceId == task.InstanceId, ct);
        if (task is null || contract is null) return TaskNotFound;
        if (WorkflowSteps.EngineActor(contract, actor).IsClient)
            return await steps.RefuseClientAsync(contract, command.Approve == false ? "reject" : "approve", actor, ct);
        if (command.Approve is not { } approve) return Error.Invalid("approve", "Say whether you approve (true) or reject (false).");
        if (!approve && string.IsNullOrWhiteSpace(command.Comment)) return Error.Invalid("comment", "Say why you reject.");
        if ((command.Comment?.Length ?? 0) > 4000) return Error.Invalid("comment", "A comment is at most 4000 characters.");
        var turn = Turn(task.AssigneeId, task.Status, actor);
        if (turn is not null) return turn;

        var trigger = await TriggerAsync(contract, approve ? TransitionAction.Approve : TransitionAction.Reject, ct);
        if (trigger is null) return Error.Conflict("not-deciding", "The contract is not waiting for approvals.");
        var fired = await steps.FireAsync(contract, new FireCommand(trigger, command.Comment?.Trim()), actor, null, ct);
        if (!fired.IsSuccess) return fired.Error;
        var decided = await db.Set<ApprovalTask>().AsNoTracking().FirstAsync(t => t.Id == taskId, ct);
        return ApprovalOf(decided, actor);
    }

    public async Task<Result<SignatureView>> SignAsync(Guid taskId, SignCommand command, Actor actor, CancellationToken ct)
    {
        var found = await FindSignatureAsync(taskId, actor, "sign", ct);
        if (!found.IsSuccess) return found.Error;
        var (task, contract) = found.Value;
        var typed = command.TypedName?.Trim();
        var drawn = command.DrawnImage?.Trim();
        if (!command.Consented)
            return Error.Invalid("consent", "Read the consent text shown with the document and accept it to sign.");
        if (string.IsNullOrEmpty(typed) == string.IsNullOrEmpty(drawn))
            return Error.Invalid("signature", "Sign with either a typed name or a drawn signature.");
        if (typed is { Length: > 200 }) return Error.Invalid("typedName", "A typed name is at most 200 characters.");
        if (!string.IsNullOrEmpty(drawn) && !DrawnSignature.IsValid(drawn, MaxDrawnImage))
            return Error.Invalid("drawnImage", "A drawn signature is a PNG data URL (at most 150 kB, 4000 × 2000 pixels).");
        var version = await filing.LatestAsync(contract.Id, ct);
        if (version is null) return Error.Conflict("no-version", "There is no version of the contract to sign yet.");
        var trigger = await TriggerAsync(contract, TransitionAction.Sign, ct);
        if (trigger is null) return Error.Conflict("not-signing", "The contract is not waiting for signatures.");

        var mark = new SignatureMark(string.IsNullOrEmpty(typed) ? null : typed, string.IsNullOrEmpty(drawn) ? null : drawn);
        var fired = await steps.FireAsync(contract, new FireCommand(trigger), actor, _ => db.Add(new ContractSignature(contract.Id, task.Id, version,
            actor.UserId, actor.DisplayName, mark, SignatureConsent.Text(CultureInfo.CurrentUICulture, actor.DisplayName, contract.Reference, version.Number, version.Sha256),
            Clip(command.IpAddress, 64), Clip(command.UserAgent, 500), clock.GetUtcNow())), ct);
        if (!fired.IsSuccess) return fired.Error;
        return await SignatureViewAsync(taskId, actor, ct);
    }

    public async Task<Result<SignatureView>> DeclineAsync(Guid taskId, string? reason, Actor actor, CancellationToken ct)
    {
        var found = await FindSignatureAsync(taskId, actor, "decline to sign", ct);
        if (!found.IsSuccess) return found.Error;
        if (string.IsNullOrWhiteSpace(reason)) return Error.Invalid("reason", "Say why you decline to sign.");
        if (reason.Length > 4000) return Error.Invalid("reason", "A reason is at most 4000 characters.");
        var trigger = await TriggerAsync(found.Value.Contract, TransitionAction.Decline, ct);
        if (trigger is null) return Error.Conflict("not-signing", "The contract is not waiting for signatures.");
        var fired = await steps.FireAsync(found.Value.Contract, new FireCommand(trigger, reason.Trim()), actor, null, ct);
        if (!fired.IsSuccess) return fired.Error;
        return await SignatureViewAsync(taskId, actor, ct);
    }

    async Task<Result<(SignatureTask Task, Contract Contract)>> FindSignatureAsync(Guid taskId, Actor actor, string what, CancellationToken ct)
    {
        var task = await db.Set<SignatureTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        var contract = task is null ? null : await db.VisibleContracts(actor).FirstOrDefaultAsync(c => c.WorkflowInstanceId == task.InstanceId, ct);
        if (task is null || contract is null) return TaskNotFound;
        if (WorkflowSteps.EngineActor(contract, actor).IsClient) return await steps.RefuseClientAsync(contract, what, actor, ct);
        var turn = Turn(task.SignerId, task.Status, actor);
        return turn is null ? (task, contract) : turn;
    }

    // Order and ownership in words a person understands; the engine checks them again.
    static Error? Turn(string assigneeId, WorkflowTaskStatus status, Actor actor)
    {
        if (assigneeId != actor.UserId.ToString()) return Error.Forbidden("This task is assigned to someone else.");
        return status switch
        {
            WorkflowTaskStatus.Pending => null,
            WorkflowTaskStatus.Waiting => Error.Conflict("not-your-turn-yet", "Earlier steps must be completed first: this task is still waiting."),
            _ => Error.Conflict("already-decided", "This task has already been decided or is no longer open."),
        };
    }

    async Task<string?> TriggerAsync(Contract contract, TransitionAction action, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == contract.WorkflowInstanceId, ct);
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct);
        return workflow?.Definition.Transitions.FirstOrDefault(t => t.Action == action && (t.From.Contains(instance.State) || t.IsGlobal))?.Trigger;
    }

    async Task<SignatureView> SignatureViewAsync(Guid taskId, Actor actor, CancellationToken ct)
    {
        var task = await db.Set<SignatureTask>().AsNoTracking().FirstAsync(t => t.Id == taskId, ct);
        var evidence = await db.Set<ContractSignature>().AsNoTracking().FirstOrDefaultAsync(s => s.TaskId == taskId, ct);
        return ContractTasks.SignatureOf(task, evidence, actor);
    }

    static ApprovalView ApprovalOf(ApprovalTask t, Actor actor) => ContractTasks.ApprovalOf(t, actor, isClient: false);

    static string? Clip(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
