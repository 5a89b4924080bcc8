using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Milestones;

public sealed record MilestoneCommand(string? Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage,
    bool? VisibleToClient = null);

public sealed record MilestoneChange(string? Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage,
    MilestoneStatus? Status, FinancialStatus? Financial, bool? VisibleToClient);

// Milestones of a contract. The legal team manages them and decides what the portal shows; a
// client sees the visible ones and may add more, which the legal team hears about.
public sealed class ContractMilestones(PortalDb db, Notifier notifier, TimeProvider clock)
{
    static readonly Error MilestoneNotFound = Error.NotFound("The milestone");

    public async Task<Result<IReadOnlyList<MilestoneView>>> ListAsync(Guid contractId, Actor actor, CancellationToken ct)
    {
        if (!await db.VisibleContracts(actor).AnyAsync(c => c.Id == contractId, ct)) return ContractAccess.NotFound;
        var rows = await db.Set<Milestone>().AsNoTracking()
            .Where(m => m.ContractId == contractId && (actor.IsLegalTeam || m.VisibleToClient))
            .OrderBy(m => m.DueDate == null).ThenBy(m => m.DueDate).ThenBy(m => m.CreatedAt).ToListAsync(ct);
        var today = Today();
        return rows.Select(m => MilestoneView.Of(m, today)).ToList();
    }

    public async Task<Result<MilestoneView>> AddAsync(Guid contractId, MilestoneCommand command, Actor actor, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null) return ContractAccess.NotFound;
        var details = Validate(command.Title, command.Description, command.DueDate, command.Amount, command.Percentage);
        if (!details.IsSuccess) return details.Error;
        var visibleByDefault = contract.ContractTypeId is { } typeId
            && await db.Set<ContractType>().Where(t => t.Id == typeId).Select(t => t.MilestonesVisibleByDefault).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var milestone = actor.IsLegalTeam
            ? new Milestone(contractId, details.Value, command.VisibleToClient ?? visibleByDefault, addedByClient: false, actor.UserId, now)
            : new Milestone(contractId, details.Value, visibleToClient: true, addedByClient: true, actor.UserId, now);
        db.Add(milestone);
        contract.Touch(now);
        if (!actor.IsLegalTeam) await NotifyLegalTeamAsync(contract, milestone, actor, ct);
        await db.SaveChangesAsync(ct);
        return MilestoneView.Of(milestone, Today());
    }

    public async Task<Result<MilestoneView>> ChangeAsync(Guid milestoneId, MilestoneChange change, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam)
        {
            // A client may see the milestone but never edit it; one they cannot see does not exist.
            var visible = await db.Set<Milestone>().AnyAsync(m => m.Id == milestoneId && m.VisibleToClient
                && db.VisibleContracts(actor).Any(c => c.Id == m.ContractId), ct);
            return visible ? Error.Forbidden("Only the legal team edits milestones.") : MilestoneNotFound;
        }
        var milestone = await db.Set<Milestone>().FirstOrDefaultAsync(m => m.Id == milestoneId, ct);
        if (milestone is null) return MilestoneNotFound;
        var details = Validate(change.Title ?? milestone.Title, change.Description ?? milestone.Description, change.DueDate ?? milestone.DueDate,
            change.Amount ?? milestone.Amount, change.Percentage ?? milestone.Percentage);
        if (!details.IsSuccess) return details.Error;
        if (change.Status is { } named && !Enum.IsDefined(named)) return Error.Invalid("status", "Unknown milestone status.");
        if (change.Financial is { } paid && !Enum.IsDefined(paid)) return Error.Invalid("financialStatus", "Unknown financial status.");
        var now = clock.GetUtcNow();
        milestone.Change(details.Value, now);
        if (change.Status is { } status) milestone.Progress(status, now);
        if (change.Financial is { } financial) milestone.RecordPayment(financial, now);
        if (change.VisibleToClient is { } shown && shown != milestone.VisibleToClient)
        {
            milestone.ShowToClient(shown, now);
            db.Add(new ContractAuditEntry(milestone.ContractId, actor.UserId, actor.DisplayName,
                shown ? AuditActions.MilestoneShown : AuditActions.MilestoneHidden,
                (shown ? AuditActions.MilestoneShownPrefix : AuditActions.MilestoneHiddenPrefix) + milestone.Title, now));
        }
        await db.SaveChangesAsync(ct);
        return MilestoneView.Of(milestone, Today());
    }

    static Result<MilestoneDetails> Validate(string? title, string? description, DateOnly? due, decimal? amount, decimal? percentage)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200) errors["title"] = ["A title of 1 to 200 characters is needed."];
        if ((description?.Length ?? 0) > 4000) errors["description"] = ["A description is at most 4000 characters."];
        if (amount is < 0) errors["amount"] = ["The amount cannot be negative."];
        if (percentage is < 0 or > 100) errors["percentage"] = ["A percentage is between 0 and 100."];
        if (amount is not null && percentage is not null) errors["amount"] = ["Give an amount or a percentage of the contract value, not both."];
        if (errors.Count > 0) return Error.Invalid(errors);
        return new MilestoneDetails(title!.Trim(), string.IsNullOrWhiteSpace(description) ? null : description.Trim(), due, amount, percentage);
    }

    async Task NotifyLegalTeamAsync(Contract contract, Milestone milestone, Actor actor, CancellationToken ct)
    {
        var recipients = contract.AssignedLawyerId is { } lawyer ? [lawyer] : await MilestonePeople.LegalTeamAsync(db, ct);
        foreach (var recipient in recipients)
        {
            await notifier.StageAsync(new NotificationRequest(recipient, NotificationTypes.MilestoneAdded,
                BilingualText.Isolated($"{actor.DisplayName} added a milestone", $"أضاف {actor.DisplayName} مرحلة"),
                BilingualText.Isolated($"{contract.Reference}: {milestone.Title}", $"{contract.Reference}: {milestone.Title}"),
                ContractAccess.Link(contract)), ct);
        }
    }

    DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
