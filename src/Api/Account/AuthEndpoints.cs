using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

internal static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentication").AllowAnonymous();
        auth.MapPost("/login", Login).WithSummary("Exchange an email and password (and a 2FA code) for a bearer token.");
        auth.MapPost("/accept-invitation", AcceptInvitation).WithSummary("Set the password of an invited person with the emailed token.");
        auth.MapPost("/forgot-password", ForgotPassword).WithSummary("Email a password-reset link (the answer never says whether the address exists).");
        auth.MapPost("/reset-password", ResetPassword).WithSummary("Choose a new password with the emailed token.");
        auth.MapPost("/signup", SignUp).WithSummary("Sign up (when the access policy allows it); an email confirms the address.");
        auth.MapPost("/confirm-email", ConfirmEmail).WithSummary("Confirm a sign-up's email address with the emailed token.");

        app.MapGet("/api/v1/me", Me).WithTags("Authentication").RequireAuthorization()
            .WithSummary("The signed-in person.");
    }

    public sealed record LoginBody(string? Email, string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode = null);

    public sealed record EmailBody(string? Email);

    public sealed record SignUpResult(string Status);

    public sealed record MeView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? ClientId, string Language);

    static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(
        LoginBody body, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TwoFactorEnrollment twoFactor, CancellationToken ct)
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
        if (check.IsNotAllowed) return Error.Unauthorized("not_allowed", "This account cannot sign in (not confirmed, waiting for approval or deactivated).").ToProblem();
        if (!check.Succeeded) return wrong.ToProblem();

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (await SecondFactorAsync(users, user, body) is { } failed) return failed.ToProblem();
        }
        else if (await twoFactor.RequiredAsync(await ActorAsync(users, user), ct))
        {
            return Error.Forbidden("Two-factor authentication is required for the legal team: turn it on in your profile first.").ToProblem();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
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

    static async Task<Results<NoContent, ProblemHttpResult>> AcceptInvitation(AcceptInvitation body, Invitations invitations, CancellationToken ct) =>
        (await invitations.AcceptAsync(body, ct)).Match<Results<NoContent, ProblemHttpResult>>(_ => TypedResults.NoContent(), e => e.ToProblem());

    static async Task<Results<Accepted, ProblemHttpResult>> ForgotPassword(EmailBody body, PasswordResets resets, CancellationToken ct) =>
        (await resets.RequestAsync(body.Email, ct)).Match<Results<Accepted, ProblemHttpResult>>(_ => TypedResults.Accepted((string?)null), e => e.ToProblem());

    static async Task<Results<NoContent, ProblemHttpResult>> ResetPassword(ResetPassword body, PasswordResets resets, CancellationToken ct) =>
        (await resets.ResetAsync(body, ct)).Match<Results<NoContent, ProblemHttpResult>>(_ => TypedResults.NoContent(), e => e.ToProblem());

    static async Task<Results<Accepted, ProblemHttpResult>> SignUp(SignUp body, SignUps signUps, CancellationToken ct) =>
        (await signUps.SignUpAsync(body, ct)).Match<Results<Accepted, ProblemHttpResult>>(_ => TypedResults.Accepted((string?)null), e => e.ToProblem());

    static async Task<Results<Ok<SignUpResult>, ProblemHttpResult>> ConfirmEmail(ConfirmSignUp body, SignUps signUps, CancellationToken ct) =>
        (await signUps.ConfirmAsync(body, ct)).Match<Results<Ok<SignUpResult>, ProblemHttpResult>>(
            o => TypedResults.Ok(new SignUpResult(o.ToString())), e => e.ToProblem());

    static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> Me(ClaimsPrincipal principal, UserManager<PortalUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        var roles = (await users.GetRolesAsync(user)).Order().ToList();
        return TypedResults.Ok(new MeView(user.Id, user.Email ?? "", user.DisplayName, roles, user.ClientId, user.Language));
    }
}
