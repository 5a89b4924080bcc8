using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.WorkingTime;

// The administration of the working calendar: the working week, the time zone and the public
// holidays. The legal team may read it (their deadlines count by it); only administrators change it.
public sealed class WorkingTimeSettings(PortalDb db, FirmCalendar calendar, TimeProvider clock)
{
    public const int MaxHolidays = 200;
    static readonly Error AdminsOnly = Error.Forbidden("Only administrators change the working calendar.");

    public async Task<Result<WorkingCalendarView>> GetAsync(Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.NotFound("The working calendar");
        var week = await db.Set<WorkingWeek>().AsNoTracking().SingleAsync(w => w.Id == WorkingWeek.SingletonId, ct);
        var holidays = await db.Set<PublicHoliday>().AsNoTracking().OrderBy(h => h.CreatedAt).ToListAsync(ct);
        var zone = FirmCalendar.Zone(week.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var upcoming = Upcoming(holidays, today, today.AddYears(1));
        var views = holidays.Select(h => new HolidayView(h.Id, h.NameEn, h.NameAr, h.Rule, h.Year, h.Month, h.Day, h.Days,
            upcoming.Where(d => d.Holiday == h).Select(d => (DateOnly?)d.Date).FirstOrDefault())).ToList();
        return new WorkingCalendarView([.. week.WorkingDays.Order()], week.TimeZone, views,
            [.. upcoming.Select(d => new DayOffView(d.Date, d.Holiday.NameEn, d.Holiday.NameAr))], week.UpdatedAt);
    }

    public async Task<Result<Done>> SaveWeekAsync(SaveWorkingWeek command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var days = command.WorkingDays?.Distinct().ToList() ?? [];
        if (days.Count == 0) return Error.Invalid("workingDays", "Choose at least one working day.");
        if (days.Any(d => !Enum.IsDefined(d))) return Error.Invalid("workingDays", "A working day is not a day of the week.");
        if (string.IsNullOrWhiteSpace(command.TimeZone) || command.TimeZone.Length > 100
            || !TimeZoneInfo.TryFindSystemTimeZoneById(command.TimeZone, out _))
            return Error.Invalid("timeZone", "Choose a time zone from the list (for example Asia/Riyadh).");
        var week = await db.Set<WorkingWeek>().SingleAsync(w => w.Id == WorkingWeek.SingletonId, ct);
        week.Change(days, command.TimeZone, actor.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        calendar.Forget();
        return Done.Value;
    }

    public async Task<Result<HolidayView>> AddHolidayAsync(AddHoliday command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        if (HolidayRules.Check(command) is { } invalid) return invalid;
        if (await db.Set<PublicHoliday>().CountAsync(ct) >= MaxHolidays)
            return Error.Conflict("too_many_holidays", $"A calendar holds at most {MaxHolidays} holidays: remove past ones first.");
        var holiday = new PublicHoliday(command.NameEn!, command.NameAr!, command.Rule, command.Month, command.Day, command.Year,
            command.Days, clock.GetUtcNow());
        db.Add(holiday);
        await db.SaveChangesAsync(ct);
        calendar.Forget();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var next = Upcoming([holiday], today, today.AddYears(2)).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        return new HolidayView(holiday.Id, holiday.NameEn, holiday.NameAr, holiday.Rule, holiday.Year, holiday.Month, holiday.Day, holiday.Days, next);
    }

    public async Task<Result<Done>> RemoveHolidayAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var removed = await db.Set<PublicHoliday>().Where(h => h.Id == id).ExecuteDeleteAsync(ct);
        if (removed == 0) return Error.NotFound("The holiday");
        calendar.Forget();
        return Done.Value;
    }

    static List<(DateOnly Date, PublicHoliday Holiday)> Upcoming(IReadOnlyList<PublicHoliday> holidays, DateOnly from, DateOnly to) =>
        [.. Enumerable.Range(from.Year, to.Year - from.Year + 1)
            .SelectMany(year => holidays.SelectMany(h => HolidayDates.DaysIn(h, year).Select(d => (Date: d, Holiday: h))))
            .Where(d => d.Date >= from && d.Date < to)
            .DistinctBy(d => (d.Date, d.Holiday.Id))
            .OrderBy(d => d.Date)];
}
