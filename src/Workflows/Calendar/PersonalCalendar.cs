using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Contracts.Milestones;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Calendar;

// A person's hearings, key dates and open milestones with a due date, by the rules of the pages
// they come from: matters and contracts through VisibleTo / VisibleContracts, and on the client's
// side only what the legal team marked visible. The page and the .ics feed read the same list.
public sealed class PersonalCalendar(PortalDb db)
{
    public const int MaxItems = 1000;

    public async Task<Result<IReadOnlyList<CalendarItem>>> ListAsync(Actor actor, CalendarRange range, CalendarScope scope, CancellationToken ct)
    {
        if (range.To <= range.From || range.To.DayNumber - range.From.DayNumber > CalendarRange.MaxDays)
            return Error.Invalid("to", $"The range is 1 to {CalendarRange.MaxDays} days.");
        if (scope == CalendarScope.Team && !actor.IsLegalTeam) scope = CalendarScope.Mine;
        var team = actor.IsLegalTeam;
        var mine = team && scope == CalendarScope.Mine;
        var me = actor.UserId;

        var matters = db.Set<Matter>().VisibleTo(actor);
        if (mine) matters = matters.Where(m => m.AssignedLawyerId == me || m.AssignedLawyerId == null);
        var (start, end) = (range.Start, range.End);
        var hearings = await (
                from h in db.Set<Hearing>()
                join m in matters on h.MatterId equals m.Id
                where h.At >= start && h.At < end && (team || h.VisibleToClient)
                orderby h.At
                select new { h.Id, h.At, h.Court, MatterId = m.Id, m.Reference, m.Title })
            .Take(MaxItems).AsNoTracking().ToListAsync(ct);
        var (first, after) = (range.From, range.To);
        var keyDates = await (
                from k in db.Set<KeyDate>()
                join m in matters on k.MatterId equals m.Id
                where k.Date >= first && k.Date < after && (team || k.VisibleToClient)
                orderby k.Date
                select new { k.Id, k.Date, k.Title, MatterId = m.Id, m.Reference, MatterTitle = m.Title })
            .Take(MaxItems).AsNoTracking().ToListAsync(ct);

        var contracts = db.VisibleContracts(actor);
        if (mine) contracts = contracts.Where(c => c.AssignedLawyerId == me || c.AssignedLawyerId == null);
        var milestones = await (
                from s in db.Set<Milestone>()
                join c in contracts on s.ContractId equals c.Id
                where s.DueDate != null && s.DueDate >= first && s.DueDate < after && (team || s.VisibleToClient)
                      && s.Status != MilestoneStatus.Completed && s.Status != MilestoneStatus.Cancelled
                orderby s.DueDate
                select new { s.Id, s.DueDate, s.Title, ContractId = c.Id, c.Reference, ContractTitle = c.Title })
            .Take(MaxItems).AsNoTracking().ToListAsync(ct);

        string MatterLink(Guid id) => team ? $"/team/matters/{id}" : $"/portal/matters/{id}";
        IEnumerable<CalendarItem> items =
        [
            .. hearings.Select(h => new CalendarItem(CalendarItemKind.Hearing, h.Id, range.DayOf(h.At), h.At, h.Court, h.MatterId, h.Reference, h.Title, MatterLink(h.MatterId))),
            .. keyDates.Select(k => new CalendarItem(CalendarItemKind.KeyDate, k.Id, k.Date, null, k.Title, k.MatterId, k.Reference, k.MatterTitle, MatterLink(k.MatterId))),
            .. milestones.Select(s => new CalendarItem(CalendarItemKind.Milestone, s.Id, s.DueDate!.Value, null, s.Title, s.ContractId, s.Reference, s.ContractTitle,
                $"/contracts/{s.ContractId}")),
        ];
        // Within a day: all-day items first, then hearings by time.
        return items.OrderBy(i => i.Day).ThenBy(i => i.At.HasValue).ThenBy(i => i.At).ThenBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal)
            .Take(MaxItems).ToList();
    }
}
