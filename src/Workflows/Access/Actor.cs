namespace WorkflowPortal.Workflows.Access;

// Who is asking, as the use cases see it. Built once per request by the host from the signed-in
// person; use cases decide what this person may see and do.
public sealed record Actor(
    Guid UserId,
    string DisplayName,
    IReadOnlySet<string> Roles,
    Guid? ClientId,
    Guid? DepartmentId,
    string Language,
    bool SeesOrganizationMatters = false)
{
    public bool IsAdmin => Roles.Contains(People.Roles.Admin);
    public bool IsLegalTeam => IsAdmin || Roles.Contains(People.Roles.LegalTeam);
    public bool IsPortalUser => !IsLegalTeam && (Roles.Contains(People.Roles.Client) || Roles.Contains(People.Roles.Collaborator));
}
