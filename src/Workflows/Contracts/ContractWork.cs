using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// Reading a contract with its workflow, and moving it through the engine's guards.
public sealed class ContractWork(PortalDb db, WorkflowSteps steps, ContractPeople people)
{
    public async Task<Result<ContractDetail>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null) return ContractAccess.NotFound;
        var engineActor = WorkflowSteps.EngineActor(contract, actor);
        var view = await steps.ViewAsync(contract, actor, ct, HistoryPage);
        if (!view.IsSuccess) return view.Error;
        var instance = view.Value;
        var type = await db.Set<RequestType>().AsNoTracking().FirstAsync(t => t.Id == contract.RequestTypeId, ct);
        var names = await people.NamesAsync([contract.RequesterId, .. contract.AssignedLawyerId is { } l ? new[] { l } : []], ct);
        var audit = actor.IsLegalTeam
            ? await db.Set<ContractAuditEntry>().AsNoTracking().Where(a => a.ContractId == id).OrderBy(a => a.At)
                .Select(a => new AuditView(a.ActorId, a.ActorName, a.Action, a.Detail, a.At)).ToListAsync(ct)
            : [];
        // A client's page never offers a decision, whatever the engine would list.
        var actions = engineActor.IsClient ? [.. instance.Actions.Where(a => a.Action == TransitionAction.None)] : instance.Actions;

        return new ContractDetail(contract.Id, contract.Reference, contract.Path, contract.Title, type.Id, type.Name,
            contract.ContractTypeId, contract.TemplateId, contract.TemplateVersion,
            contract.RequesterId, names.GetValueOrDefault(contract.RequesterId, ""), contract.ClientId,
            contract.AssignedLawyerId, contract.AssignedLawyerId is { } lawyer ? names.GetValueOrDefault(lawyer) : null,
            contract.Parties, contract.Value, contract.Currency, contract.StartDate, contract.EndDate, contract.RenewalDate,
            contract.SubmittedAt, contract.UpdatedAt,
            new ContractStatus(instance.State, actor.IsLegalTeam ? instance.StateLabel : instance.ClientLabel, instance.Category, instance.Kind, contract.IsDone),
            contract.Fields, contract.WorkflowInstanceId, instance.History, actions, audit,
            actor.IsLegalTeam ? new ContractPlanView(contract.ApprovalPlan, contract.SignerPlan) : null)
        {
            HistoryCursor = instance.HistoryBefore is { } before ? SequenceCursor.Encode(before) : null,
        };
    }

    // The newest history entries a contract's page and API answer carry; earlier ones by page.
    public const int HistoryPage = 20;

    public async Task<Result<Page<HistoryView>>> HistoryAsync(Guid id, Actor actor, string? cursor, int? limit, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null) return ContractAccess.NotFound;
        return await steps.HistoryAsync(contract, cursor, limit, ct);
    }

    public async Task<Result<ContractDetail>> FireAsync(Guid id, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null) return ContractAccess.NotFound;
        var fired = await steps.FireAsync(contract, trigger, comment, fields, actor, ct);
        return fired.IsSuccess ? await GetAsync(id, actor, ct) : fired.Error;
    }
}
