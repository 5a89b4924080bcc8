using WorkflowPortal.Engine.Deadlines;

namespace WorkflowPortal.Engine.Tests.Deadlines;

public class WorkingCalendarTests
{
    static readonly HashSet<DayOfWeek> SundayToThursday =
        [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

    static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Business_days_skip_the_weekend()
    {
        var calendar = new WorkingCalendar(SundayToThursday, _ => false, TimeZoneInfo.Utc);
        // Wednesday 4 March + 3 working days (Thu, Sun, Mon) = Monday 9 March.
        Assert.Equal(At(3, 9), calendar.Add(At(3, 4), IsoDuration.Parse("P3D")!, business: true));
        Assert.Equal(At(3, 7), calendar.Add(At(3, 4), IsoDuration.Parse("P3D")!, business: false));
    }

    [Fact]
    public void Business_days_skip_a_holiday_too()
    {
        var holiday = new DateOnly(2026, 3, 8);
        var calendar = new WorkingCalendar(SundayToThursday, d => d == holiday, TimeZoneInfo.Utc);
        Assert.Equal(At(3, 10), calendar.Add(At(3, 4), IsoDuration.Parse("P3D")!, business: true));
        Assert.Equal(At(3, 4), calendar.Subtract(At(3, 10), IsoDuration.Parse("P3D")!, business: true));
    }

    [Fact]
    public void A_business_time_that_lands_on_a_day_off_moves_to_the_next_working_day()
    {
        var calendar = new WorkingCalendar(SundayToThursday, _ => false, TimeZoneInfo.Utc);
        // Thursday 20:00 + 6 hours = Friday 02:00: off, so Sunday 02:00.
        Assert.Equal(At(3, 8, 2), calendar.Add(At(3, 5, 20), IsoDuration.Parse("PT6H")!, business: true));
    }

    [Theory]
    [InlineData("PT10S", 0, 0, 0, 10)]
    [InlineData("P3D", 0, 0, 3, 0)]
    [InlineData("P2W", 0, 0, 14, 0)]
    [InlineData("P1M", 0, 1, 0, 0)]
    [InlineData("P1DT2H", 0, 0, 1, 7200)]
    public void Iso_durations_parse(string text, int years, int months, int days, int seconds)
    {
        var duration = IsoDuration.Parse(text)!;
        Assert.Equal((years, months, days, TimeSpan.FromSeconds(seconds)), (duration.Years, duration.Months, duration.Days, duration.Time));
    }

    [Theory]
    [InlineData("3 days")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("-P1D")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(IsoDuration.Parse(text));
}
