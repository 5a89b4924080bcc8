using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// Bearer tokens are self-contained, so on each request we confirm the person is still active and
// their security stamp unchanged: deactivation or a password reset revokes every issued token.
internal sealed class BearerStampCheck(SignInManager<PortalUser> signIn) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: var type }
            || type != IdentityConstants.BearerScheme)
            return principal;
        return await signIn.ValidateSecurityStampAsync(principal) is not null ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
