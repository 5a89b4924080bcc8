namespace WorkflowPortal.Engine.Deadlines;

// Which days count as working days: the working week and the public holidays, in the firm's
// time zone. Business durations count working days; a due time that lands on a day off moves
// to the same time on the next working day.
public sealed class WorkingCalendar(IReadOnlySet<DayOfWeek> workingDays, Func<DateOnly, bool> isHoliday, TimeZoneInfo zone)
{
    public static readonly WorkingCalendar MondayToFriday = new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        _ => false, TimeZoneInfo.Utc);

    public IReadOnlySet<DayOfWeek> WorkingDays => workingDays;

    public TimeZoneInfo Zone => zone;

    public bool IsWorkingDay(DateOnly day) => workingDays.Contains(day.DayOfWeek) && !isHoliday(day);

    public DateTimeOffset Add(DateTimeOffset start, IsoDuration duration, bool business) => Move(start, duration, business, +1);

    public DateTimeOffset Subtract(DateTimeOffset start, IsoDuration duration, bool business) => Move(start, duration, business, -1);

    // A span of time counted only on working days, as the first-response clock counts: 24 hours
    // from a Thursday afternoon with a Friday-Saturday weekend end on Sunday afternoon. A start on a
    // day off counts from the next working day's midnight.
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan span)
    {
        if (workingDays.Count == 0)
            throw new InvalidOperationException("A working calendar needs at least one working day.");
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var left = span;
        for (var guard = 0; guard < 36600; guard++)
        {
            var midnight = local.Date.AddDays(1);
            if (IsWorkingDay(DateOnly.FromDateTime(local)))
            {
                if (left <= midnight - local)
                    return ToUtc(local + left);
                left -= midnight - local;
            }
            local = midnight;
        }
        throw new InvalidOperationException("The working calendar has no working day in a hundred years.");
    }

    DateTimeOffset ToUtc(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified))).ToUniversalTime();

    DateTimeOffset Move(DateTimeOffset start, IsoDuration duration, bool business, int sign)
    {
        if (!business)
            return start.AddYears(sign * duration.Years).AddMonths(sign * duration.Months).AddDays(sign * duration.Days) + sign * duration.Time;
        if (workingDays.Count == 0)
            throw new InvalidOperationException("A working calendar needs at least one working day.");
        var local = TimeZoneInfo.ConvertTime(start, zone).AddYears(sign * duration.Years).AddMonths(sign * duration.Months);
        for (var left = duration.Days; left > 0;)
        {
            local = local.AddDays(sign);
            if (IsWorkingDay(DateOnly.FromDateTime(local.DateTime)))
                left--;
        }
        local += sign * duration.Time;
        // Ten years of days off in a row would be a broken calendar, not a long weekend.
        for (var guard = 0; !IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && guard < 3660; guard++)
            local = local.AddDays(sign);
        return TimeZoneInfo.ConvertTime(local, zone).ToUniversalTime();
    }
}

// Where the runner reads today's working calendar; the host's comes from the administration.
public interface IWorkingCalendarSource
{
    WorkingCalendar Current { get; }
}
