using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// Moves a contract's workflow and does what each step asks, in one transaction: the mirror of
// the status, the approval and signature tasks with real people, notifications, the signed copy.
public sealed class ContractSteps(PortalDb db, WorkflowRunner runner, WorkflowDefinitionCache cache, InstanceStates states,
    ContractPeople people, Notifier notifier, SignedCopies signedCopies, TimeProvider clock)
{
    public const string ClientRefusal =
        "Clients never approve, reject or sign contracts: the legal team and the people it assigns do. This attempt has been recorded.";

    public static Engine.Runtime.Actor EngineActor(Contract contract, Actor actor) =>
        actor.ToEngine(isRequester: contract.RequesterId == actor.UserId, isAssignedLawyer: contract.AssignedLawyerId == actor.UserId);

    // record runs after the engine accepted the step and before the effects: a signature's evidence.
    public async Task<Result<Fired>> FireAsync(Contract contract, FireCommand command, Actor actor, Action<Fired>? record, CancellationToken ct)
    {
        var engineActor = EngineActor(contract, actor);
        if (engineActor.IsClient && await IsDecisionAsync(contract, command.Trigger, ct))
            return await RefuseClientAsync(contract, command.Trigger, actor, ct);

        var fired = await runner.FireAsync(db, contract.WorkflowInstanceId, engineActor, command, ct);
        if (!fired.IsSuccess) return fired.Error.ToError();
        record?.Invoke(fired.Value);
        var followed = await FollowAsync(contract, fired.Value.Instance, fired.Value.Effects, actor, ct);
        if (!followed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return followed.Error;
        }
        var saved = await runner.SaveAsync(db, ct);
        return saved.IsSuccess ? fired.Value : saved.Error.ToError();
    }

    // A client's decision is refused before the engine sees it, and the attempt is kept.
    public async Task<Error> RefuseClientAsync(Contract contract, string what, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Add(new ContractAuditEntry(contract.Id, actor.UserId, actor.DisplayName, AuditActions.DecisionRefused,
            $"A client tried to {what}; refused.", clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return new Error(ErrorKind.Forbidden, "client-cannot-decide", ClientRefusal);
    }

    public async Task<Result<Done>> FollowAsync(Contract contract, WorkflowInstance instance, IReadOnlyList<WorkflowEffect> effects,
        Actor actor, CancellationToken ct)
    {
        var state = await states.OfAsync(db, instance, ct);
        contract.Follow(state.Name, state.Category == StateCategory.Done, clock.GetUtcNow());
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case StartApprovals start:
                    var steps = await people.ApproversAsync(contract, start.DefaultSteps, ct);
                    var approvals = await runner.StartApprovalsAsync(db, instance.Id, steps, ct);
                    if (!approvals.IsSuccess) return approvals.Error.ToError();
                    await NotifyAssigneesAsync(contract, approvals.Value.Notify.People, StateKind.Approval, ct);
                    break;
                case StartSignatures start:
                    var signers = await people.SignersAsync(contract, start.DefaultSigners, ct);
                    var signatures = await runner.StartSignaturesAsync(db, instance.Id, signers, ct);
                    if (!signatures.IsSuccess) return signatures.Error.ToError();
                    await NotifyAssigneesAsync(contract, signatures.Value.Notify.People, StateKind.Signature, ct);
                    break;
                case NotifyAssignees next:
                    await NotifyAssigneesAsync(contract, next.People, state.Kind, ct);
                    break;
                case NotifyParties parties:
                    await NotifyPartiesAsync(contract, parties.Parties, state, actor, ct);
                    break;
                case RenderDocument { Template: "signed-contract" }:
                    var copy = await signedCopies.AddAsync(contract, actor, ct);
                    if (!copy.IsSuccess) return copy.Error;
                    break;
            }
        }
        return Done.Value;
    }

    async Task<bool> IsDecisionAsync(Contract contract, string trigger, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == contract.WorkflowInstanceId, ct);
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct);
        return workflow?.Definition.Transitions.Any(t => t.Trigger == trigger && t.IsDecision) ?? false;
    }

    async Task NotifyAssigneesAsync(Contract contract, IEnumerable<Engine.Approvals.Assignee> assignees, StateKind kind, CancellationToken ct)
    {
        var approval = kind == StateKind.Approval;
        foreach (var person in assignees)
        {
            if (!Guid.TryParse(person.UserId, out var userId)) continue;
            await notifier.StageAsync(new NotificationRequest(userId,
                approval ? NotificationTypes.ApprovalRequested : NotificationTypes.SignatureRequested,
                approval ? new("Your approval is requested", "مطلوب اعتمادك") : new("Your signature is requested", "مطلوب توقيعك"),
                new(contract.Title, contract.Title), Link(contract)), ct);
        }
    }

    async Task NotifyPartiesAsync(Contract contract, IReadOnlyList<string> parties, StateDefinition state, Actor actor, CancellationToken ct)
    {
        var recipients = new HashSet<Guid>();
        if (parties.Contains(WorkflowRoles.Requester)) recipients.Add(contract.RequesterId);
        if (parties.Contains(WorkflowRoles.AssignedLawyer) && contract.AssignedLawyerId is { } lawyer) recipients.Add(lawyer);
        recipients.Remove(actor.UserId);
        foreach (var recipient in recipients)
        {
            var label = recipient == contract.RequesterId ? state.ClientLabel ?? state.Label! : state.Label!;
            await notifier.StageAsync(new NotificationRequest(recipient, NotificationTypes.RequestUpdated,
                new($"{contract.Reference}: {label.In("en")}", $"{contract.Reference}: {label.In("ar")}"), new(contract.Title, contract.Title), Link(contract)), ct);
        }
    }

    public static string Link(Contract contract) => $"/contracts/{contract.Id}";
}
