using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.People;

// Field checks shared by invitations and sign-up; messages name the field the caller must fix.
internal static class PeopleRules
{
    public static void Email(Dictionary<string, string[]> fields, string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) fields["email"] = ["Enter an email address."];
        else if (email.Trim().Length > 256 || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
            fields["email"] = ["This is not a valid email address."];
    }

    public static void DisplayName(Dictionary<string, string[]> fields, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) fields["displayName"] = ["Enter the person's name."];
        else if (name.Trim().Length > 200) fields["displayName"] = ["The name must be at most 200 characters."];
    }

    public static void Language(Dictionary<string, string[]> fields, string? language)
    {
        if (language is not null and not ("en" or "ar")) fields["language"] = ["language must be en or ar."];
    }

    public static void Required(Dictionary<string, string[]> fields, string name, object? value, string message)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) fields[name] = [message];
    }

    public static Error? Check(Dictionary<string, string[]> fields) => fields.Count > 0 ? Error.Invalid(fields) : null;

    public static async Task<Error?> CheckPasswordAsync(UserManager<PortalUser> users, PortalUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Error.Invalid("password", "Choose a password.");
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems.Count > 0 ? Error.Invalid(new Dictionary<string, string[]> { ["password"] = [.. problems] }) : null;
    }

    public static Error Failed(IdentityResult result, string field) =>
        Error.Invalid(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });

    public static Error BadToken() =>
        Error.Invalid("token", "This link is not valid any more: it was already used, replaced or has expired.");
}
