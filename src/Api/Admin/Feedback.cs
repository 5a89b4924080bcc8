using Microsoft.Extensions.Localization;
using MudBlazor;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Admin;

// A use case's outcome as a snackbar: the localized success text, or the error (with field messages).
internal static class Feedback
{
    public static bool Show<T>(ISnackbar snackbar, IStringLocalizer<AdminText> text, Result<T> result, string successKey)
    {
        if (result.IsSuccess)
        {
            snackbar.Add(text[successKey], Severity.Success);
            return true;
        }
        var details = result.Error.Fields is { Count: > 0 } fields
            ? string.Join(" ", fields.SelectMany(f => f.Value))
            : result.Error.Message;
        snackbar.Add(text["Failed", details], Severity.Error);
        return false;
    }
}
