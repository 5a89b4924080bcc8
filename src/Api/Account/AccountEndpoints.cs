using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

internal static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", async (SignInManager<PortalUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/sign-in");
        }).ExcludeFromDescription();
        app.MapAuthApi();
        app.MapTwoFactorApi();
    }
}
