using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// POST /api/v1/auth/login. Unknown, locked, inactive and ordinary accounts answer a wrong password
// with the same 401 after the same hash work; a lockout (423) or a deactivation shows only after
// the right password. Wrong second factors count toward the lockout. No refresh token is issued:
// an expired access token means signing in again.
internal static class ApiLogin
{
    public sealed record LoginBody(string? Email, string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode = null);

    public sealed record LoginToken(string TokenType, string AccessToken, long ExpiresIn);

    static readonly Error Wrong = Error.Unauthorized("wrong_credentials", "The email address or password is not correct.");

    public static async Task<Results<Ok<LoginToken>, ProblemHttpResult>> Login(
        LoginBody body, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TwoFactorEnrollment twoFactor,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            var fields = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body.Email)) fields["email"] = ["Enter your email address."];
            if (string.IsNullOrEmpty(body.Password)) fields["password"] = ["Enter your password."];
            return Error.Invalid(fields).ToProblem();
        }

        var portal = (PortalSignInManager)signIn;
        var user = await users.FindByEmailAsync(body.Email.Trim());
        var check = user is null ? portal.RefuseUnknown(body.Password) : await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (check.IsLockedOut) return (await LockedAsync(users, user!)).ToProblem();
        if (check.IsNotAllowed) return Error.Unauthorized("not_allowed", "This account cannot sign in (not confirmed, waiting for approval or deactivated).").ToProblem();
        if (!check.Succeeded) return Wrong.ToProblem();

        if (await users.GetTwoFactorEnabledAsync(user!))
        {
            if (await SecondFactorAsync(users, user!, body) is { } failed)
            {
                if (failed.Code == "two_factor_required") return failed.ToProblem();
                return (await portal.CountFailedSecondFactorAsync(user!)).IsLockedOut ? (await LockedAsync(users, user!)).ToProblem() : failed.ToProblem();
            }
            await users.ResetAccessFailedCountAsync(user!);
        }
        else if (await twoFactor.RequiredAsync(await ActorAsync(users, user!), ct))
        {
            return Error.Forbidden("Two-factor authentication is required for the legal team: turn it on in your profile first.").ToProblem();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user!);
        return TypedResults.Ok(Issue(principal, bearer.Get(IdentityConstants.BearerScheme), clock));
    }

    // What the bearer handler's sign-in writes, without its refresh token.
    static LoginToken Issue(System.Security.Claims.ClaimsPrincipal principal, BearerTokenOptions options, TimeProvider clock)
    {
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken");
        return new LoginToken("Bearer", options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds);
    }

    static async Task<Error> LockedAsync(UserManager<PortalUser> users, PortalUser user)
    {
        var until = await users.GetLockoutEndDateAsync(user);
        return new Error(ErrorKind.Locked, "locked_out", $"This account is locked after too many failed attempts until {until:u}.");
    }

    static async Task<Error?> SecondFactorAsync(UserManager<PortalUser> users, PortalUser user, LoginBody body)
    {
        if (body.TwoFactorRecoveryCode is { Length: > 0 } recovery)
            return (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery.Replace(" ", ""))).Succeeded
                ? null : Error.Unauthorized("two_factor_wrong", "The recovery code is not correct or was already used.");
        var code = body.TwoFactorCode?.Replace(" ", "").Replace("-", "");
        if (string.IsNullOrEmpty(code))
            return Error.Unauthorized("two_factor_required", "Enter the code from your authenticator app (twoFactorCode).");
        return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            ? null : Error.Unauthorized("two_factor_wrong", "The authenticator code is not correct.");
    }

    static async Task<Actor> ActorAsync(UserManager<PortalUser> users, PortalUser user) =>
        new(user.Id, user.DisplayName, (await users.GetRolesAsync(user)).ToHashSet(), user.ClientId, user.DepartmentId, user.Language);
}
