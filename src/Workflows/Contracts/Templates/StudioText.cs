using System.Text.RegularExpressions;
using WorkflowPortal.Documents.Templates;

namespace WorkflowPortal.Workflows.Contracts.Templates;

// The studio's messages in the author's language. The documents library reports template problems
// in English (it knows nothing of people); here they are named again in Arabic, line first.
public static partial class StudioText
{
    public static string Pick(string language, string en, string ar) => language == "ar" ? ar : en;

    public static string Describe(TemplateError error, string language) =>
        language == "ar" ? $"السطر {error.Line}: {Arabic(error.Message)}" : error.ToString();

    static string Arabic(string message)
    {
        if (UnknownVariable().Match(message) is { Success: true } unknown)
            return $"المتغير «{unknown.Groups["name"].Value}» غير معروف: ليس من إجابات الاستبيان.";
        if (MissingClause().Match(message) is { Success: true } missing)
            return $"البند «{missing.Groups["name"].Value}» غير موجود في مكتبة البنود.";
        if (DeepClause().Match(message) is { Success: true } deep)
            return $"البند «{deep.Groups["name"].Value}» يُدرج بنودًا بعمق يتجاوز {deep.Groups["depth"].Value} مستويات.";
        if (FilterInput().Match(message) is { Success: true } filter)
            return filter.Groups["kind"].Value == "number"
                ? $"المرشّح {filter.Groups["filter"].Value} يحتاج إلى رقم، لا «{filter.Groups["value"].Value}»."
                : $"المرشّح {filter.Groups["filter"].Value} يحتاج إلى تاريخ (yyyy-mm-dd)، لا «{filter.Groups["value"].Value}».";
        return $"صيغة القالب غير صحيحة ({message}).";
    }

    [GeneratedRegex("^Unknown variable '(?<name>[^']+)'")]
    private static partial Regex UnknownVariable();

    [GeneratedRegex("^The clause '(?<name>[^']+)' is not in the clause library")]
    private static partial Regex MissingClause();

    [GeneratedRegex(@"^The clause '(?<name>[^']+)' inserts clauses more than (?<depth>\d+) levels deep")]
    private static partial Regex DeepClause();

    [GeneratedRegex(@"^The filter (?<filter>\S+) needs a (?<kind>number|date)[^""]*""(?<value>[^""]*)""")]
    private static partial Regex FilterInput();
}
