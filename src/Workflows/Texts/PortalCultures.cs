using System.Globalization;

namespace WorkflowPortal.Workflows.Texts;

// The two cultures pages, emails and exports format with, so that a date or an amount reads the same
// everywhere in one language. Arabic keeps the Gregorian calendar and Latin digits, as the portal's
// Arabic readers write them, with the Latin separators (120,000.00): .NET's "ar" writes the Arabic
// ones (120٬000٫00), whose decimal mark reads as a comma beside Latin digits.
public static class PortalCultures
{
    public static CultureInfo English { get; } = CultureInfo.ReadOnly(new CultureInfo("en"));
    public static CultureInfo Arabic { get; } = CultureInfo.ReadOnly(ArabicWithLatinSeparators());

    public static CultureInfo For(string? language) => language == "ar" ? Arabic : English;

    static CultureInfo ArabicWithLatinSeparators()
    {
        var culture = new CultureInfo("ar");
        var numbers = culture.NumberFormat;
        numbers.NumberGroupSeparator = numbers.CurrencyGroupSeparator = numbers.PercentGroupSeparator = ",";
        numbers.NumberDecimalSeparator = numbers.CurrencyDecimalSeparator = numbers.PercentDecimalSeparator = ".";
        return culture;
    }
}
