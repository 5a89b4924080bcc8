using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Workflows.Demo;

// The people the demo data creates; the run command prints them so a newcomer can sign in.
public static class DemoAccounts
{
    public sealed record Account(string Email, string DisplayName, string Role, string Language, string? Department = null);

    // The demo client organization of the portal users below.
    public const string ClientName = "Al Noor Trading Co. / شركة النور التجارية";
    public static readonly IReadOnlyList<string> Departments = ["Legal Affairs / الشؤون القانونية", "Procurement / المشتريات"];

    public static readonly IReadOnlyList<Account> All =
    [
        new("lawyer@demo.portal", "Layla Haddad", Roles.LegalTeam, "en"),
        new("client@demo.portal", "Omar Khalil", Roles.Client, "en", Departments[0]),
        new("sara@demo.portal", "سارة العتيبي", Roles.Client, "ar", Departments[1]),
        new("collaborator@demo.portal", "Nadia Farouk", Roles.Collaborator, "en", Departments[0]),
    ];
}
