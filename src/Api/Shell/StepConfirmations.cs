using Microsoft.Extensions.Localization;
using MudBlazor;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Api.Shell;

// Which steps ask first (decisions, and anything that ends the request) and what the dialog says.
internal static class StepConfirmations
{
    public static bool IsIrreversible(AvailableAction action) => action.Action != TransitionAction.None || action.Ends;

    public static string Explain(AvailableAction action, IStringLocalizer<ShellText> text, string language) => action.Action switch
    {
        TransitionAction.Approve => text["ConfirmApprove"],
        TransitionAction.Reject => text["ConfirmReject"],
        TransitionAction.Sign => text["ConfirmSign"],
        TransitionAction.Decline => text["ConfirmDecline"],
        _ => text["ConfirmEnds", action.ToLabel?.In(language) ?? action.To],
    };

    // True when the person confirmed; a step that needs no confirmation is confirmed at once.
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, AvailableAction action, IStringLocalizer<ShellText> text, string language) =>
        !IsIrreversible(action) || await dialogs.ConfirmAsync(action.Label.In(language), Explain(action, text, language), action.Label.In(language),
            danger: action.Action is TransitionAction.Reject or TransitionAction.Decline || action.Ends);

    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirm, bool danger)
    {
        var parameters = new DialogParameters<ConfirmStepDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirm },
            { d => d.Danger, danger },
        };
        var dialog = await dialogs.ShowAsync<ConfirmStepDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
