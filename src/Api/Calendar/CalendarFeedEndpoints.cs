using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Calendar;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Api.Calendar;

public sealed record CalendarFeedAddress(string Url, DateTimeOffset CreatedAt);

internal static class CalendarFeedEndpoints
{
    // The secret is the last segment: logs show this prefix and "[redacted]" (FeedLogRedaction).
    public const string FeedPrefix = "/calendar/feed/";

    public static void MapPersonalCalendar(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me/calendar").WithTags("Calendar").WithActor();
        me.MapGet("/", List).WithSummary("My hearings, key dates and due milestones from `from` (inclusive) to `to` (exclusive), days in UTC.");
        me.MapGet("/feed", async (HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
            (await feeds.StatusAsync(http.Actor(), ct)).OkOrProblem()).WithSummary("Whether I have a calendar address, and since when.");
        me.MapPost("/feed", Reset).WithSummary("Make my calendar address, or replace it: the earlier address answers 404 from now on. The address is shown only here.");
        me.MapDelete("/feed", async (HttpContext http, CalendarFeeds feeds, CancellationToken ct) =>
            (await feeds.RemoveAsync(http.Actor(), ct)).NoContentOrProblem()).WithSummary("Stop my calendar address.");
        app.MapGet(FeedPrefix + "{token}.ics", Feed).AllowAnonymous().ExcludeFromDescription();
    }

    static async Task<Results<Ok<IReadOnlyList<CalendarItem>>, ProblemHttpResult>> List(
        DateOnly from, DateOnly to, CalendarScope? scope, HttpContext http, PersonalCalendar calendar, CancellationToken ct) =>
        (await calendar.ListAsync(http.Actor(), new CalendarRange(from, to, TimeZoneInfo.Utc), scope ?? CalendarScope.Mine, ct)).OkOrProblem();

    static async Task<Results<Ok<CalendarFeedAddress>, ProblemHttpResult>> Reset(
        HttpContext http, CalendarFeeds feeds, IOptions<PortalLinks> links, CancellationToken ct)
    {
        var made = await feeds.ResetAsync(http.Actor(), ct);
        return made.IsSuccess ? TypedResults.Ok(Address(made.Value, links.Value)) : made.Error.ToProblem();
    }

    public static CalendarFeedAddress Address(CalendarFeedSecret secret, PortalLinks links) =>
        new(links.Absolute($"{FeedPrefix}{secret.Token}.ics"), secret.CreatedAt);

    // No sign-in: the token is the credential. An unknown, replaced or malformed token, or the
    // token of someone who may no longer sign in, is 404 like any address nobody serves.
    static async Task<IResult> Feed(string token, CalendarFeeds feeds, UserManager<PortalUser> users, Actors actors, PersonalCalendar calendar,
        IStringLocalizer<CalendarText> text, IOptions<PortalLinks> links, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (await feeds.OwnerAsync(token, ct) is not { } owner) return Results.NotFound();
        if (await users.FindByIdAsync(owner.ToString()) is not { IsActive: true } user || await users.IsLockedOutAsync(user)) return Results.NotFound();
        if (await actors.ForUserAsync(owner) is not { } actor) return Results.NotFound();

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var range = new CalendarRange(today.AddDays(-60), today.AddDays(CalendarRange.MaxDays - 61), TimeZoneInfo.Utc);
        var items = await calendar.ListAsync(actor, range, CalendarScope.Mine, ct);
        if (!items.IsSuccess) return Results.NotFound();

        // In the person's own language, whatever the calendar app sends as Accept-Language.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = WorkflowPortal.Workflows.Texts.PortalCultures.For(user.Language);
        try
        {
            var events = items.Value.Select(i => new IcsEvent($"{i.Kind.ToString().ToLowerInvariant()}-{i.Id:N}@workflowportal", i.At, i.Day,
                Bidi.Format(text["Summary"], Bidi.Raw(text[$"Kind{i.Kind}"]), i.Title, i.Reference, i.SubjectTitle), links.Value.Absolute(i.Link)));
            var body = IcsCalendar.Write(text["FeedName"], events, now);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(new UTF8Encoding(false).GetBytes(body), "text/calendar; charset=utf-8");
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }
}
