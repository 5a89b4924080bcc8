using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

public sealed record ApprovalPlanCommand(IReadOnlyList<PlannedStep>? Steps);

public sealed record SignerPlanCommand(IReadOnlyList<Guid>? Signers);

// What the legal team sets on a contract: its particulars, its lawyer, and who approves and
// signs it. A plan applies the next time the workflow enters the approval or signature state.
public sealed class ContractSetup(PortalDb db, ContractPeople people, ContractWork work, WorkflowSteps steps, TimeProvider clock)
{
    public async Task<Result<ContractDetail>> DescribeAsync(Guid id, ContractParticulars particulars, Actor actor, CancellationToken ct)
    {
        var contract = await LegalTeamContractAsync(id, actor, ct);
        if (contract is null) return ContractAccess.NotFound;
        var errors = new Dictionary<string, string[]>();
        string Say(string en, string ar) => StudioText.Pick(actor.Language, en, ar);
        if (string.IsNullOrWhiteSpace(particulars.Title) || particulars.Title.Length > 300)
            errors["title"] = [Say("A title of 1 to 300 characters is needed.", "يلزم عنوان من حرف واحد إلى 300 حرف.")];
        if (particulars.Value is < 0) errors["value"] = [Say("The value cannot be negative.", "لا يمكن أن تكون القيمة سالبة.")];
        if (particulars.Currency is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
            errors["currency"] = [Say("Use a three-letter currency code (ISO 4217).", "استخدم رمز عملة من ثلاثة أحرف (ISO 4217)، مثل SAR.")];
        if (particulars.EndDate < particulars.StartDate) errors["endDate"] = [Say("The end date is before the start date.", "تاريخ الانتهاء قبل تاريخ البدء.")];
        if (particulars.Parties.Any(p => string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > 200 || (p.Role?.Length ?? 0) > 100))
            errors["parties"] = [Say("Each party needs a name (at most 200 characters) and a role.", "يحتاج كل طرف إلى اسم (200 حرف على الأكثر) وصفة.")];
        // A retired type takes no new contracts; one already filed under it keeps it.
        if (particulars.ContractTypeId is { } typeId && typeId != contract.ContractTypeId
            && !await db.Set<ContractType>().AnyAsync(t => t.Id == typeId && !t.IsRetired, ct))
            errors["contractTypeId"] = [Say("No such contract type, or it is retired.", "نوع العقد غير موجود أو تم إيقافه.")];
        if (errors.Count > 0) return Error.Invalid(errors, Say("Some fields are not valid.", "بعض الحقول غير صالحة."));
        contract.Describe(particulars with { Title = particulars.Title.Trim(), Currency = particulars.Currency?.ToUpperInvariant() }, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await work.GetAsync(id, actor, ct);
    }

    public async Task<Result<ContractDetail>> AssignAsync(Guid id, Guid? lawyerId, Actor actor, CancellationToken ct)
    {
        var contract = await LegalTeamContractAsync(id, actor, ct);
        if (contract is null) return ContractAccess.NotFound;
        var assigned = await steps.AssignAsync(contract, lawyerId, actor, ct);
        return assigned.IsSuccess ? await work.GetAsync(id, actor, ct) : assigned.Error;
    }

    public async Task<Result<ContractDetail>> PlanApprovalsAsync(Guid id, ApprovalPlanCommand command, Actor actor, CancellationToken ct)
    {
        var contract = await LegalTeamContractAsync(id, actor, ct);
        if (contract is null) return ContractAccess.NotFound;
        var steps = command.Steps ?? [];
        if (steps.Count is 0 or > 10) return Error.Invalid("steps", "Plan between 1 and 10 approval steps.");
        var empty = steps.Select((s, i) => (s, i)).FirstOrDefault(p => (p.s.Approvers?.Count ?? 0) == 0);
        if (empty.s is not null) return Error.Invalid($"steps[{empty.i}]", "Each step needs at least one approver.");
        var checkedPeople = await people.CheckDecidersAsync(contract, steps.SelectMany(s => s.Approvers), "steps", ct);
        if (!checkedPeople.IsSuccess) return checkedPeople.Error;
        contract.PlanApprovals([.. steps.Select(s => new PlannedStep(s.AnyOne, [.. s.Approvers.Distinct()]))], clock.GetUtcNow());
        Audit(contract, actor, $"Approval steps: {string.Join(" then ", steps.Select(s => string.Join(s.AnyOne ? " or " : " and ", s.Approvers.Select(a => checkedPeople.Value[a]))))}");
        await db.SaveChangesAsync(ct);
        return await work.GetAsync(id, actor, ct);
    }

    public async Task<Result<ContractDetail>> PlanSignersAsync(Guid id, SignerPlanCommand command, Actor actor, CancellationToken ct)
    {
        var contract = await LegalTeamContractAsync(id, actor, ct);
        if (contract is null) return ContractAccess.NotFound;
        var signers = command.Signers ?? [];
        if (signers.Count is 0 or > 10) return Error.Invalid("signers", "Plan between 1 and 10 signers.");
        var checkedPeople = await people.CheckDecidersAsync(contract, signers, "signers", ct);
        if (!checkedPeople.IsSuccess) return checkedPeople.Error;
        contract.PlanSigners([.. signers.Distinct()], clock.GetUtcNow());
        Audit(contract, actor, $"Signers in order: {string.Join(", ", signers.Distinct().Select(s => checkedPeople.Value[s]))}");
        await db.SaveChangesAsync(ct);
        return await work.GetAsync(id, actor, ct);
    }

    public async Task<Result<IReadOnlyList<Engine.Approvals.Assignee>>> CandidatesAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var contract = await LegalTeamContractAsync(id, actor, ct);
        if (contract is null) return ContractAccess.NotFound;
        return Result<IReadOnlyList<Engine.Approvals.Assignee>>.From(await people.CandidatesAsync(contract, ct));
    }

    public async Task<IReadOnlyList<Engine.Approvals.Assignee>> LegalTeamAsync(Actor actor, CancellationToken ct) =>
        actor.IsLegalTeam ? await people.LegalTeamMembersAsync(ct) : [];

    void Audit(Contract contract, Actor actor, string detail) =>
        db.Add(new ContractAuditEntry(contract.Id, actor.UserId, actor.DisplayName, AuditActions.PlanChanged, detail, clock.GetUtcNow()));

    // Set-up is the legal team's: to anyone else the contract does not exist here.
    async Task<Contract?> LegalTeamContractAsync(Guid id, Actor actor, CancellationToken ct) =>
        actor.IsLegalTeam ? await db.Set<Contract>().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
}
