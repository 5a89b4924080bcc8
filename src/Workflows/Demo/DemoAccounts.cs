using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Workflows.Demo;

// The people the demo data creates; the run command prints them so a newcomer can sign in.
public static class DemoAccounts
{
    public sealed record Account(string Email, string DisplayName, string Role, string Language);

    public static readonly IReadOnlyList<Account> All =
    [
        new("lawyer@demo.portal", "Layla Haddad", Roles.LegalTeam, "en"),
        new("client@demo.portal", "Omar Khalil", Roles.Client, "en"),
        new("sara@demo.portal", "سارة العتيبي", Roles.Client, "ar"),
        new("collaborator@demo.portal", "Nadia Farouk", Roles.Collaborator, "en"),
    ];
}
