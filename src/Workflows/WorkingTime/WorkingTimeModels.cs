namespace WorkflowPortal.Workflows.WorkingTime;

public sealed record WorkingCalendarView(IReadOnlyList<DayOfWeek> WorkingDays, string TimeZone, IReadOnlyList<HolidayView> Holidays,
    IReadOnlyList<DayOffView> Upcoming, DateTimeOffset? UpdatedAt);

// Month and Day are Hijri for the Hijri rule. NextDate is where the holiday next falls (Gregorian).
public sealed record HolidayView(Guid Id, string NameEn, string NameAr, HolidayRule Rule, int? Year, int Month, int Day, int Days, DateOnly? NextDate);

// One day off in the year ahead, with the holiday it belongs to.
public sealed record DayOffView(DateOnly Date, string NameEn, string NameAr);

public sealed record SaveWorkingWeek(IReadOnlyList<DayOfWeek>? WorkingDays, string? TimeZone);

public sealed record AddHoliday(string? NameEn, string? NameAr, HolidayRule Rule, int? Year, int Month, int Day, int Days = 1);
