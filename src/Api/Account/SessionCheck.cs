using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// Cookies and bearer tokens are self-contained, so on each request we confirm that the person is
// still active and their security stamp unchanged (SessionStamps caches the answer for seconds).
// Sign-out, deactivation and a password change rotate the stamp and so end every session and token.
// A revoked bearer token answers 401; a revoked cookie is deleted and the request goes on anonymous
// (an API call then gets 401, a page the sign-in redirect).
internal static class SessionCheck
{
    public static void UseSessionCheck(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
        {
            if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await Error.Unauthorized("token_revoked", "This token is no longer valid: sign in again.").ToProblem().ExecuteAsync(context);
                return;
            }
            context.Response.Cookies.Delete(context.RequestServices.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
                .Get(IdentityConstants.ApplicationScheme).Cookie.Name!);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    });

    static async ValueTask<bool> IsCurrentAsync(HttpContext context)
    {
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (!Guid.TryParse(context.User.FindFirstValue(claims.UserIdClaimType), out var userId)) return false;
        return await context.RequestServices.GetRequiredService<SessionStamps>()
            .IsCurrentAsync(userId, context.User.FindFirstValue(claims.SecurityStampClaimType), context.RequestAborted);
    }
}
