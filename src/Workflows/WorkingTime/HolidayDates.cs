using System.Globalization;

namespace WorkflowPortal.Workflows.WorkingTime;

// Where a holiday falls in the Gregorian calendar. Hijri dates use Umm al-Qura, the calendar the
// Gulf states publish their holidays in; its tables cover 1900-2077, and outside them a Hijri
// holiday simply has no date.
public static class HolidayDates
{
    static readonly UmAlQuraCalendar UmmAlQura = new();

    // The first day of every occurrence that may touch this Gregorian year (one that starts late
    // the year before can run into it).
    public static IEnumerable<DateOnly> Starts(PublicHoliday holiday, int year) => holiday.Rule switch
    {
        HolidayRule.Once => Safe(() => new DateOnly(holiday.Year ?? year, holiday.Month, holiday.Day)),
        HolidayRule.Yearly => new[] { year - 1, year }.SelectMany(y => Safe(() => Yearly(y, holiday.Month, holiday.Day))),
        _ => HijriYears(year).SelectMany(hy => Safe(() => Hijri(hy, holiday.Month, holiday.Day))),
    };

    // Every day off of this holiday in the Gregorian year.
    public static IEnumerable<DateOnly> DaysIn(PublicHoliday holiday, int year) =>
        Starts(holiday, year).SelectMany(start => Enumerable.Range(0, holiday.Days).Select(start.AddDays)).Where(d => d.Year == year);

    // The Hijri date of a Gregorian day, for the administration page ("1 Shawwal 1448").
    public static (int Year, int Month, int Day)? ToHijri(DateOnly day)
    {
        var moment = day.ToDateTime(TimeOnly.MinValue);
        if (moment < UmmAlQura.MinSupportedDateTime || moment > UmmAlQura.MaxSupportedDateTime) return null;
        return (UmmAlQura.GetYear(moment), UmmAlQura.GetMonth(moment), UmmAlQura.GetDayOfMonth(moment));
    }

    // "12 Shawwal 1448 AH" / "12 شوال 1448 هـ", as the pages write it, for emails and notices.
    public static string? HijriText(DateOnly day, string language)
    {
        if (ToHijri(day) is not var (year, month, dayOfMonth)) return null;
        return language == "ar"
            ? $"{dayOfMonth} {ArabicMonths[month - 1]} {year} هـ"
            : $"{dayOfMonth} {EnglishMonths[month - 1]} {year} AH";
    }

    static readonly string[] EnglishMonths =
        ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"];

    static readonly string[] ArabicMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    // 29 February on a common year is kept on 28 February, not lost.
    static DateOnly Yearly(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    // Day 30 of a 29-day Hijri month falls on the first of the next: counting days keeps it real.
    static DateOnly Hijri(int hijriYear, int month, int day) =>
        DateOnly.FromDateTime(UmmAlQura.ToDateTime(hijriYear, month, 1, 0, 0, 0, 0)).AddDays(day - 1);

    static IEnumerable<int> HijriYears(int year)
    {
        var first = ToHijri(new DateOnly(year - 1, 1, 1))?.Year;
        var last = ToHijri(new DateOnly(year, 12, 31))?.Year;
        if (first is null || last is null) return [];
        return Enumerable.Range(first.Value, last.Value - first.Value + 1);
    }

    static IEnumerable<DateOnly> Safe(Func<DateOnly> date)
    {
        try
        {
            return [date()];
        }
        catch (ArgumentOutOfRangeException)
        {
            return [];
        }
    }
}
