using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

internal static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentication").AllowAnonymous();
        auth.MapPost("/login", ApiLogin.Login).WithSummary("Exchange an email and password (and a 2FA code) for a bearer token.");
        auth.MapPost("/accept-invitation", AcceptInvitation).WithSummary("Set the password of an invited person with the emailed token.");
        auth.MapPost("/forgot-password", ForgotPassword).WithSummary("Email a password-reset link (the answer never says whether the address exists).");
        auth.MapPost("/reset-password", ResetPassword).WithSummary("Choose a new password with the emailed token.");
        auth.MapPost("/signup", SignUp).WithSummary("Sign up (when the access policy allows it); an email confirms the address.");
        auth.MapPost("/confirm-email", ConfirmEmail).WithSummary("Confirm a sign-up's email address with the emailed token.");

        app.MapPost("/api/v1/auth/logout", Logout).WithTags("Authentication").RequireAuthorization()
            .WithSummary("End every session and token of the signed-in person (their security stamp changes).");
        app.MapGet("/api/v1/me", Me).WithTags("Authentication").RequireAuthorization()
            .WithSummary("The signed-in person.");
    }

    public sealed record EmailBody(string? Email);

    public sealed record SignUpResult(string Status);

    public sealed record MeView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, Guid? ClientId, string Language);

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

    static async Task<NoContent> Logout(ClaimsPrincipal principal, UserManager<PortalUser> users)
    {
        if (await users.GetUserAsync(principal) is { } user) await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> Me(ClaimsPrincipal principal, UserManager<PortalUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        var roles = (await users.GetRolesAsync(user)).Order().ToList();
        return TypedResults.Ok(new MeView(user.Id, user.Email ?? "", user.DisplayName, roles, user.ClientId, user.Language));
    }
}
