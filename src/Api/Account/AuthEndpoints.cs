using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

internal static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentication");
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Exchange an email and password for a bearer token.");

        app.MapGet("/api/v1/me", Me).WithTags("Authentication").RequireAuthorization()
            .WithSummary("The signed-in person.");
    }

    public sealed record LoginBody(string? Email, string? Password, string? TwoFactorCode);

    public sealed record MeView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? ClientId, string Language);

    static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(
        LoginBody body, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            var fields = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body.Email)) fields["email"] = ["Enter your email address."];
            if (string.IsNullOrEmpty(body.Password)) fields["password"] = ["Enter your password."];
            return Error.Invalid(fields).ToProblem();
        }

        var wrong = Error.Unauthorized("wrong_credentials", "The email address or password is not correct.");
        var user = await users.FindByEmailAsync(body.Email.Trim());
        if (user is null) return wrong.ToProblem();

        var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user);
            return new Error(ErrorKind.Locked, "locked_out",
                $"This account is locked after too many failed attempts until {until:u}.").ToProblem();
        }
        if (check.IsNotAllowed) return Error.Unauthorized("not_allowed", "This account cannot sign in (not confirmed or deactivated).").ToProblem();
        if (!check.Succeeded) return wrong.ToProblem();

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var code = body.TwoFactorCode?.Replace(" ", "").Replace("-", "");
            if (string.IsNullOrEmpty(code))
                return Error.Unauthorized("two_factor_required", "Enter the code from your authenticator app (twoFactorCode).").ToProblem();
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
                return Error.Unauthorized("two_factor_wrong", "The authenticator code is not correct.").ToProblem();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> Me(ClaimsPrincipal principal, UserManager<PortalUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        var roles = (await users.GetRolesAsync(user)).Order().ToList();
        return TypedResults.Ok(new MeView(user.Id, user.Email ?? "", user.DisplayName, roles, null, user.Language));
    }
}
