using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WorkflowPortal.Workflows.People;

// Adds the client organization to the cookie and the bearer token, so that every use case can
// scope a portal user's data without another query. Changing it changes the security stamp.
public sealed class PortalClaims(UserManager<PortalUser> users, RoleManager<PortalRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    public const string ClientId = "portal:client";
    // The name people read in the app bar (the user name is the email address).
    public const string DisplayName = "portal:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ClientId is { } client) identity.AddClaim(new Claim(ClientId, client.ToString()));
        if (user.DisplayName is { Length: > 0 } name) identity.AddClaim(new Claim(DisplayName, name));
        return identity;
    }
}
