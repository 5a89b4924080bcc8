using Microsoft.Extensions.Localization;
using MudBlazor;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Admin;

// A use case's outcome as a snackbar in the page's language: the success text, or the error by its
// code (and, for invalid input, the names of the fields to fix). An error without a translation
// falls back to the use case's own (English) message.
internal static class Feedback
{
    public static bool Show<T>(ISnackbar snackbar, IStringLocalizer<AdminText> text, Result<T> result, string successKey)
    {
        if (result.IsSuccess)
        {
            snackbar.Add(text[successKey], Severity.Success);
            return true;
        }
        snackbar.Add(Describe(text, result.Error), Severity.Error);
        return false;
    }

    // For reads: nothing to say on success, the error otherwise.
    public static bool ShowError<T>(ISnackbar snackbar, IStringLocalizer<AdminText> text, Result<T> result)
    {
        if (result.IsSuccess) return true;
        snackbar.Add(Describe(text, result.Error), Severity.Error);
        return false;
    }

    static string Describe(IStringLocalizer<AdminText> text, Error error)
    {
        if (error.Fields is { Count: > 0 } fields)
        {
            var names = fields.Keys.Select(f => text["Field_" + f]).Select(n => n.ResourceNotFound ? n.Name["Field_".Length..] : n.Value);
            return text["Error_invalid", string.Join(IsArabic() ? "، " : ", ", names)];
        }
        var known = text["Error_" + error.Code];
        return known.ResourceNotFound ? text["Failed", WorkflowPortal.Api.Problems.ErrorWords.Message(error)] : known.Value;
    }

    static bool IsArabic() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
}
