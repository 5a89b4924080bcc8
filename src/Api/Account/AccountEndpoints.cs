using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

internal static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        // Signing out rotates the stamp: the old cookie (and any copy of it) stops working at once.
        app.MapPost("/account/sign-out", async (SignInManager<PortalUser> signIn, UserManager<PortalUser> users, System.Security.Claims.ClaimsPrincipal principal) =>
        {
            if (await users.GetUserAsync(principal) is { } user) await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/sign-in");
        }).ExcludeFromDescription();
        app.MapAuthApi();
        app.MapTwoFactorApi();
    }
}
