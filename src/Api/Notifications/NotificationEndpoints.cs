using System.Security.Claims;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", async (int? limit, string? cursor, string? search, bool? unread, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct) =>
            (await inbox.ListAsync(Actor.FromClaims(user), new PageQuery(limit, cursor, search), unread ?? false, ct)).OkOrProblem())
            .WithSummary("My notifications, newest first, with the unread count.");
        group.MapPost("/{id:guid}/read", async (Guid id, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct) =>
            (await inbox.MarkReadAsync(Actor.FromClaims(user), id, ct)).NoContentOrProblem()).WithSummary("Mark one notification read.");
        group.MapPost("/read-all", async (ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct) =>
            (await inbox.MarkAllReadAsync(Actor.FromClaims(user), ct)).NoContentOrProblem()).WithSummary("Mark all my notifications read.");

        var preferences = app.MapGroup("/api/v1/me/preferences").WithTags("Notifications").RequireAuthorization();
        preferences.MapGet("/", async (ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct) =>
            (await inbox.PreferencesAsync(Actor.FromClaims(user), ct)).OkOrProblem()).WithSummary("My language and email choice per event type.");
        preferences.MapPut("/", async (SavePreferences body, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken ct) =>
            (await inbox.SavePreferencesAsync(Actor.FromClaims(user), body, ct)).OkOrProblem()).WithSummary("Change my language and email choices.");
    }
}
