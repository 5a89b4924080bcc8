using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// When an administrator requires 2FA for the legal team, a lawyer without it is sent to their
// profile to turn it on before any other page opens. (The API login refuses them outright.)
internal static class TwoFactorRequirement
{
    public static void UseTwoFactorRequirement(this WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var user = context.User;
        if (HttpMethods.IsGet(context.Request.Method) && user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.LegalTeam))
            && !Problems.ProblemSetup.IsApi(context.Request) && !path.StartsWithSegments("/profile")
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/language")
            && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_blazor")
            && !Path.HasExtension(path.Value))
        {
            var actor = Actor.FromClaims(user);
            var services = context.RequestServices;
            if (await services.GetRequiredService<TwoFactorEnrollment>().RequiredAsync(actor, context.RequestAborted)
                && await services.GetRequiredService<UserManager<PortalUser>>().GetUserAsync(user) is { TwoFactorEnabled: false })
            {
                context.Response.Redirect("/profile?twoFactorRequired=true");
                return;
            }
        }
        await next();
    });
}
