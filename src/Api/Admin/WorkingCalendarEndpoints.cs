using System.Security.Claims;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.WorkingTime;

namespace WorkflowPortal.Api.Admin;

// The working calendar: the legal team reads it, administrators change it (the use case decides).
internal static class WorkingCalendarEndpoints
{
    public static void MapWorkingCalendar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/working-calendar").WithTags("Working calendar").RequireAuthorization();
        group.MapGet("/", async (ClaimsPrincipal user, WorkingTimeSettings settings, CancellationToken ct) =>
            (await settings.GetAsync(Actor.FromClaims(user), ct)).OkOrProblem())
            .WithSummary("The working week, time zone, holidays and the days off of the year ahead.");
        group.MapPut("/week", async (SaveWorkingWeek body, ClaimsPrincipal user, WorkingTimeSettings settings, CancellationToken ct) =>
            (await settings.SaveWeekAsync(body, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Set the working days (e.g. Sunday to Thursday) and the IANA time zone; admin only.");
        group.MapPost("/holidays", async (AddHoliday body, ClaimsPrincipal user, WorkingTimeSettings settings, CancellationToken ct) =>
            (await settings.AddHolidayAsync(body, Actor.FromClaims(user), ct)).OkOrProblem())
            .WithSummary("Add a holiday: once (a Gregorian date), yearly (Gregorian month and day) or hijri (Umm al-Qura month and day); admin only.");
        group.MapDelete("/holidays/{id:guid}", async (Guid id, ClaimsPrincipal user, WorkingTimeSettings settings, CancellationToken ct) =>
            (await settings.RemoveHolidayAsync(id, Actor.FromClaims(user), ct)).NoContentOrProblem())
            .WithSummary("Remove a holiday; admin only.");
    }
}
