using System.Globalization;

namespace WorkflowPortal.Documents.Templates.Words;

// Money as a contract states it: figures with thousands separators and the currency, and in words.
internal static class Amounts
{
    public static string Figures(decimal amount, Currency? currency, string? code, RenderSettings settings)
    {
        var decimals = currency?.Decimals ?? 2;
        var number = Math.Round(amount, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture);
        number = Digits.Apply(number, settings.Digits);
        if (currency is null) return code is { Length: > 0 } ? (settings.IsArabic ? $"{number} {code}" : $"{code} {number}") : number;
        return settings.IsArabic ? $"{number} {currency.ArabicSymbol}" : $"{currency.Code} {number}";
    }

    public static string InWords(decimal amount, Currency? currency, string language)
    {
        var rounded = Math.Round(Math.Abs(amount), currency?.Decimals ?? 2, MidpointRounding.AwayFromZero);
        var whole = (long)decimal.Truncate(rounded);
        var minor = currency is null ? 0 : (long)((rounded - whole) * Pow10(currency.Decimals));
        if (language == "ar")
        {
            if (currency is null) return ArabicNumberWords.Words(whole);
            var text = ArabicNumberWords.Counted(whole, currency.Arabic);
            return minor > 0 ? text + " و" + ArabicNumberWords.Counted(minor, currency.ArabicMinor) : text;
        }
        if (currency is null) return EnglishNumberWords.Words(whole);
        var english = EnglishNumberWords.Words(whole) + " " + (whole == 1 ? currency.EnglishOne : currency.EnglishMany);
        return minor > 0 ? english + " and " + EnglishNumberWords.Words(minor) + " " + (minor == 1 ? currency.EnglishMinorOne : currency.EnglishMinorMany) : english;
    }

    static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
