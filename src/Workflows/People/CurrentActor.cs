using System.Security.Claims;

namespace WorkflowPortal.Workflows.People;

// Who is asking. Use cases decide with it; endpoints and pages build it from the signed-in principal.
public sealed record CurrentActor(Guid UserId, IReadOnlySet<string> Roles, Guid? ClientId)
{
    public bool IsAdmin => Roles.Contains(People.Roles.Admin);
    public bool IsLegalTeam => IsAdmin || Roles.Contains(People.Roles.LegalTeam);
    public bool IsPortalUser => !IsLegalTeam && (Roles.Contains(People.Roles.Client) || Roles.Contains(People.Roles.Collaborator));

    public static CurrentActor From(ClaimsPrincipal principal)
    {
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Guid? client = Guid.TryParse(principal.FindFirstValue(PortalClaims.ClientId), out var c) ? c : null;
        return new CurrentActor(id, roles, client);
    }
}
