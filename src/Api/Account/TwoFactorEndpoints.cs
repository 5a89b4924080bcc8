using System.Security.Claims;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// The signed-in person's authenticator: the same use case the profile page calls.
internal static class TwoFactorEndpoints
{
    public static void MapTwoFactorApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me/two-factor").WithTags("Two-factor authentication").RequireAuthorization();
        group.MapGet("/", async (ClaimsPrincipal user, TwoFactorEnrollment twoFactor, CancellationToken ct) =>
            (await twoFactor.StatusAsync(Actor.FromClaims(user), ct)).OkOrProblem()).WithSummary("Whether 2FA is on, and how many recovery codes are left.");
        group.MapPost("/setup", async (ClaimsPrincipal user, TwoFactorEnrollment twoFactor, CancellationToken ct) =>
            (await twoFactor.BeginAsync(Actor.FromClaims(user), ct)).OkOrProblem()).WithSummary("A new shared key and otpauth:// URI for an authenticator app.");
        group.MapPost("/enable", async (CodeBody body, ClaimsPrincipal user, TwoFactorEnrollment twoFactor, CancellationToken ct) =>
            (await twoFactor.EnableAsync(Actor.FromClaims(user), body.Code, ct)).OkOrProblem()).WithSummary("Turn 2FA on with a first code; returns recovery codes once.");
        group.MapPost("/recovery-codes", async (Reauthentication body, ClaimsPrincipal user, TwoFactorEnrollment twoFactor, CancellationToken ct) =>
            (await twoFactor.NewRecoveryCodesAsync(Actor.FromClaims(user), body, ct)).OkOrProblem())
            .WithSummary("Replace the recovery codes ({password} or a current {code} required).");
        group.MapPost("/disable", async (Reauthentication body, ClaimsPrincipal user, TwoFactorEnrollment twoFactor, CancellationToken ct) =>
            (await twoFactor.DisableAsync(Actor.FromClaims(user), body, ct)).NoContentOrProblem())
            .WithSummary("Turn 2FA off ({password} or a current {code} required; not allowed when 2FA is required).");
    }

    public sealed record CodeBody(string? Code);
}
