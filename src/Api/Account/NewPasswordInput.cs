using Microsoft.Extensions.Localization;

namespace WorkflowPortal.Api.Account;

// The "choose a password twice" form of the invitation and reset pages.
public sealed class NewPasswordInput
{
    public string? Password { get; set; }

    public string? Confirm { get; set; }

    public string? Check(IStringLocalizer<AccountText> text) =>
        string.IsNullOrEmpty(Password) ? text["PasswordRequired"].Value
        : Password != Confirm ? text["PasswordsDiffer"].Value
        : Password.Length < 10 ? text["PasswordRules"].Value
        : null;
}
