using Microsoft.Extensions.Localization;

namespace WorkflowPortal.Api.Search;

// "3 matters" in the reader's language. English has one and other; Arabic counts nouns six ways
// (CLDR): none, one (قضية واحدة), two (قضيتان), 3–10 (٣ قضايا), 11–99 (١١ قضية) and 100 on (١٠٠ قضية).
// The texts are {Noun}{Form} entries, e.g. MattersFew = "{0} قضايا".
internal static class CountWords
{
    public static string Form(int count, bool arabic)
    {
        if (count == 0) return "Zero";
        if (count == 1) return "One";
        if (!arabic) return "Other";
        if (count == 2) return "Two";
        return (count % 100) switch { >= 3 and <= 10 => "Few", >= 11 and <= 99 => "Many", _ => "Other" };
    }

    public static string Of<T>(IStringLocalizer<T> texts, string noun, int count, string language) =>
        texts[noun + Form(count, language == "ar"), count];
}
