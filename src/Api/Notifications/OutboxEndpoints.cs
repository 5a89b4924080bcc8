using System.Security.Claims;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Notifications;

// Failed emails for administrators (the use case refuses anyone else with 403).
internal static class OutboxEndpoints
{
    public static void MapOutbox(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/outbox").WithTags("Outbox").RequireAuthorization();
        group.MapGet("/failed", async (int? limit, string? cursor, string? search, ClaimsPrincipal user, FailedEmails failed, CancellationToken ct) =>
            (await failed.ListAsync(limit, cursor, search, Actor.FromClaims(user), ct)).OkOrProblem())
            .WithSummary("Emails that used up their attempts, newest first (keyset paging; search matches address or subject).");
        group.MapPost("/failed/{id:guid}/retry", async (Guid id, ClaimsPrincipal user, FailedEmails failed, CancellationToken ct) =>
            (await failed.RetryAsync(id, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Send one failed email again (a fresh round of attempts).");
        group.MapPost("/failed/retry", async (ClaimsPrincipal user, FailedEmails failed, CancellationToken ct) =>
            (await failed.RetryAllAsync(Actor.FromClaims(user), ct)).OkOrProblem())
            .WithSummary("Send every failed email again; answers how many were requeued.");
    }
}
