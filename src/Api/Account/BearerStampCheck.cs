using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// Bearer tokens are self-contained, so on each API request we confirm the person is still active
// and their security stamp unchanged: deactivation or a password reset revokes every issued token.
// The principal inside a token says "Identity.Application" like the cookie's, so the request's
// Authorization header is what tells the two apart. A revoked token answers 401, like a missing one.
internal static class BearerStampCheck
{
    public static void UseBearerStampCheck(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await context.RequestServices.GetRequiredService<SignInManager<PortalUser>>().ValidateSecurityStampAsync(context.User) is null)
        {
            await Error.Unauthorized("token_revoked", "This token is no longer valid: sign in again.").ToProblem().ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
