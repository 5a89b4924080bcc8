using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.WorkingTime;

// A day (or several) the firm does not work. `Once` is one Gregorian date; `Yearly` repeats on a
// Gregorian month and day (a national day); `Hijri` repeats on an Umm al-Qura month and day (Eid),
// so it moves about eleven days earlier each Gregorian year.
public sealed class PublicHoliday
{
    public const int MaxDays = 30;

    PublicHoliday() { }

    public PublicHoliday(string nameEn, string nameAr, HolidayRule rule, int month, int day, int? year, int days, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        NameEn = PlainText.Line(nameEn) ?? "";
        NameAr = PlainText.Line(nameAr) ?? "";
        Rule = rule;
        Month = month;
        Day = day;
        Year = rule == HolidayRule.Once ? year : null;
        Days = days;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string NameEn { get; private set; } = "";
    public string NameAr { get; private set; } = "";
    public HolidayRule Rule { get; private set; }

    // Gregorian for Once and Yearly, Hijri (Umm al-Qura) for Hijri.
    public int? Year { get; private set; }
    public int Month { get; private set; }
    public int Day { get; private set; }

    // How many days in a row, counted from the first.
    public int Days { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

public enum HolidayRule { Once, Yearly, Hijri }
