using System.Globalization;
using Fluid;
using Fluid.Values;

namespace WorkflowPortal.Documents.Templates.Words;

// The Liquid filters that make a contract read like one, in the contract's language and digits:
//   {{ fee | money: "SAR" }}        SAR 120,000.00 / ١٢٠٬٠٠٠٫٠٠ ريال سعودي
//   {{ fee | in_words: "SAR" }}     one hundred and twenty thousand Saudi riyals / مائة وعشرون ألف ريال سعودي
//   {{ fee | number }}              120,000
//   {{ start | long_date }}         15 January 2027 / ١٥ يناير ٢٠٢٧   ({{ start | long_date: "hijri" }} adds the Hijri date)
//   {{ start | hijri_date }}        6 Shaban 1448 AH / ٦ شعبان ١٤٤٨هـ
//   {{ text | digits }}             the digits of any text in the template's style
internal static class TemplateFilters
{
    public const string SettingsKey = "wp.settings";

    public static void AddTo(FilterCollection filters)
    {
        filters.AddFilter("money", (input, arguments, context) => Number("money", input, context, (amount, settings) =>
            Amounts.Figures(amount, Currency.Find(Text(arguments)), Text(arguments), settings)));
        filters.AddFilter("in_words", (input, arguments, context) => Number("in_words", input, context, (amount, settings) =>
            Amounts.InWords(amount, Currency.Find(Text(arguments)), settings.Language)));
        filters.AddFilter("number", (input, arguments, context) => Number("number", input, context, (amount, settings) =>
            Digits.Apply(amount.ToString(amount == decimal.Truncate(amount) ? "N0" : "N2", CultureInfo.InvariantCulture), settings.Digits)));
        filters.AddFilter("long_date", (input, arguments, context) => Date("long_date", input, context, (date, settings) =>
            LegalDates.Long(date, settings, withHijri: Text(arguments) == "hijri")));
        filters.AddFilter("hijri_date", (input, arguments, context) => Date("hijri_date", input, context, (date, settings) =>
            LegalDates.Hijri(date, settings) ?? ""));
        filters.AddFilter("digits", (input, arguments, context) =>
        {
            var style = Text(arguments) switch { "arabic" => DigitStyle.ArabicIndic, "latin" => DigitStyle.Latin, _ => SettingsOf(context).Digits };
            return ValueTask.FromResult<FluidValue>(new StringValue(Digits.Apply(input.ToStringValue(), style)));
        });
    }

    public static RenderSettings SettingsOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(SettingsKey, out var value) && value is RenderSettings settings ? settings : RenderSettings.Default;

    static string? Text(FilterArguments arguments) => arguments.Count > 0 ? arguments.At(0).ToStringValue() : null;

    // An unanswered optional field prints nothing; text that is not a number is an author's mistake, named in the error.
    static ValueTask<FluidValue> Number(string filter, FluidValue input, TemplateContext context, Func<decimal, RenderSettings, string> format)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0) return ValueTask.FromResult<FluidValue>(StringValue.Empty);
        var text = Digits.Apply(input.ToStringValue(), DigitStyle.Latin).Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            throw new FilterException(filter, $"The filter {filter} needs a number, not \"{input.ToStringValue()}\".");
        return ValueTask.FromResult<FluidValue>(new StringValue(format(amount, SettingsOf(context))));
    }

    static ValueTask<FluidValue> Date(string filter, FluidValue input, TemplateContext context, Func<DateOnly, RenderSettings, string> format)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0) return ValueTask.FromResult<FluidValue>(StringValue.Empty);
        if (!LegalDates.TryParse(input.ToStringValue(), out var date))
            throw new FilterException(filter, $"The filter {filter} needs a date (yyyy-mm-dd), not \"{input.ToStringValue()}\".");
        return ValueTask.FromResult<FluidValue>(new StringValue(format(date, SettingsOf(context))));
    }
}

// A filter given the wrong kind of value; caught by ContractTemplate and reported as a template error.
internal sealed class FilterException(string filter, string message) : Exception(message)
{
    public string Filter { get; } = filter;
}
