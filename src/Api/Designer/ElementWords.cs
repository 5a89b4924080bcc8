using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkflowPortal.Workflows.Processes.Designer;

namespace WorkflowPortal.Api.Designer;

// The validator's element path in the reader's words: "transitions[Submit].when.all[0]" reads
// "Transition “Send to the board” · condition · row 1", with the label the draft gives it now.
internal static class ElementWords
{
    public static string Describe(string element, DesignDraft? draft, IStringLocalizer T)
    {
        var parsed = DesignElement.Parse(element);
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        string Pick(string? en, string? ar, string fallback) => (arabic ? ar ?? en : en) ?? fallback;
        var head = parsed.Root switch
        {
            "states" when parsed.Name is { } n => T["ElState", draft?.FindState(n) is { } s ? Pick(s.LabelEn, s.LabelAr, n) : n].Value,
            "transitions" when parsed.Name is { } n => T["ElTransition", draft?.FindTransition(n) is { } t ? Pick(t.LabelEn, t.LabelAr, n) : n].Value,
            "fields" when parsed.Name is { } n => T["ElField", draft?.Fields.FirstOrDefault(f => f.Name == n) is { } f ? Pick(f.Label?.En, f.Label?.Ar, n) : n].Value,
            var root => Word(T, root, null),
        };
        return string.Join(T["ElSeparator"], parsed.Steps.Select(s => Word(T, s.Part, s.Index)).Prepend(head));
    }

    // Rows and steps count from one for people; a part without words stays as written.
    static string Word(IStringLocalizer T, string part, int? index)
    {
        var text = index is { } i ? T["El-" + part, i + 1] : T["El-" + part];
        return text.ResourceNotFound ? (index is { } j ? $"{part} {j + 1}" : part) : text.Value;
    }
}
