using System.Security.Claims;
using WorkflowPortal.Workflows.People;

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
    // The portal itself, when a deadline moves or reminds: nobody signed in, no role.
    public static readonly Actor System = new(Guid.Empty, "WorkflowPortal", new HashSet<string>(), null, null, "en") { IsSystem = true };

    public bool IsSystem { get; init; }

    public bool IsPortalUser => !IsLegalTeam && (Roles.Contains(People.Roles.Client) || Roles.Contains(People.Roles.Collaborator));

    // From the sign-in claims alone (no database): enough for use cases that decide on the
    // person's id, roles and organization. Pages and endpoints that need the person's name,
    // department or language resolve the Actor from the database (Api.Access.Actors).
    public static Actor FromClaims(ClaimsPrincipal principal)
    {
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Guid? client = Guid.TryParse(principal.FindFirstValue(PortalClaims.ClientId), out var c) ? c : null;
        return new Actor(id, principal.Identity?.Name ?? "", roles, client, null, "en");
    }
}
