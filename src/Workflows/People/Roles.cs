namespace WorkflowPortal.Workflows.People;

public static class Roles
{
    public const string Admin = "Admin";
    public const string LegalTeam = "LegalTeam";
    public const string Client = "Client";
    public const string Collaborator = "Collaborator";

    public static readonly IReadOnlyList<string> All = [Admin, LegalTeam, Client, Collaborator];

    // Legal-team members work the matters; portal users follow them.
    public const string LegalTeamRoles = Admin + "," + LegalTeam;
    public const string PortalRoles = Client + "," + Collaborator;
}
