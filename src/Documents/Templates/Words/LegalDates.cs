using System.Globalization;

namespace WorkflowPortal.Documents.Templates.Words;

// Dates as a lawyer writes them: "15 January 2027", "15 يناير 2027م", and the Umm al-Qura Hijri
// date beside it when the template asks ("الموافق 6 شعبان 1448هـ").
internal static class LegalDates
{
    static readonly string[] ArabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    static readonly string[] HijriArabic =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    static readonly string[] HijriEnglish =
        ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"];
    static readonly UmAlQuraCalendar UmmAlQura = new();

    public static bool TryParse(string text, out DateOnly date)
    {
        var latin = Digits.Apply(text.Trim(), DigitStyle.Latin);
        if (DateOnly.TryParseExact(latin, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (!DateTimeOffset.TryParse(latin, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return false;
        date = DateOnly.FromDateTime(moment.UtcDateTime);
        return true;
    }

    public static string Long(DateOnly date, RenderSettings settings, bool withHijri)
    {
        var gregorian = settings.IsArabic
            ? $"{date.Day} {ArabicMonths[date.Month - 1]} {date.Year}" + (withHijri ? "م" : "")
            : $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}";
        var text = withHijri && Hijri(date, settings) is { } hijri
            ? gregorian + (settings.IsArabic ? " الموافق " : " (") + hijri + (settings.IsArabic ? "" : ")")
            : gregorian;
        return Digits.Apply(text, settings.Digits);
    }

    public static string? Hijri(DateOnly date, RenderSettings settings)
    {
        var moment = date.ToDateTime(TimeOnly.MinValue);
        if (moment < UmmAlQura.MinSupportedDateTime || moment > UmmAlQura.MaxSupportedDateTime) return null;
        var (day, month, year) = (UmmAlQura.GetDayOfMonth(moment), UmmAlQura.GetMonth(moment), UmmAlQura.GetYear(moment));
        var text = settings.IsArabic ? $"{day} {HijriArabic[month - 1]} {year}هـ" : $"{day} {HijriEnglish[month - 1]} {year} AH";
        return Digits.Apply(text, settings.Digits);
    }
}
