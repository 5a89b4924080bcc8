using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

internal static class MatterWorkEndpoints
{
    public sealed record TransitionBody(string? Trigger, string? Comment, Dictionary<string, string>? Fields);

    public sealed record AssigneeBody(Guid? LawyerId);

    public static void MapMatterWork(this RouteGroupBuilder matters)
    {
        matters.MapGet("/{id:guid}", async (Guid id, HttpContext http, MatterWork work, CancellationToken ct) =>
            (await work.GetAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("A matter with its status, response clock, fields, its newest history (historyCursor reads earlier) and the caller's available actions.");
        matters.MapGet("/{id:guid}/history", async (Guid id, string? cursor, int? limit, HttpContext http, MatterWork work, CancellationToken ct) =>
            (await work.HistoryAsync(id, http.Actor(), cursor, limit, ct)).OkOrProblem())
            .WithSummary("The matter's workflow history, newest first, by page (?limit=&cursor=; the detail's historyCursor continues it).");
        matters.MapPost("/{id:guid}/transitions", async (Guid id, TransitionBody body, HttpContext http, MatterWork work, CancellationToken ct) =>
            (await work.FireAsync(id, body.Trigger, body.Comment, body.Fields, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Take one of the available actions.");
        matters.MapPut("/{id:guid}/assignee", async (Guid id, AssigneeBody body, HttpContext http, MatterWork work, CancellationToken ct) =>
            (await work.AssignAsync(id, body.LawyerId, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Assign a lawyer (legal team).");
        matters.MapPost("/{id:guid}/reminders", async (Guid id, HttpContext http, RequesterReminders reminders, CancellationToken ct) =>
            (await reminders.RemindAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Remind the requester of the team's open question while the matter waits on them (legal team; once a day).");
    }
}
