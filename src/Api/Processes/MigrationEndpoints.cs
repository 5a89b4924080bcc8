using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Processes.ChangeLog;
using WorkflowPortal.Workflows.Processes.Migration;

namespace WorkflowPortal.Api.Processes;

internal static class MigrationEndpoints
{
    public static void MapWorkflowMigrations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/workflow-definitions/{key}").WithTags("Workflow migrations").WithActor();
        group.MapPost("/migrations/dry-run", async (string key, MigrationDraft body, HttpContext http, WorkflowMigrations migrations, CancellationToken ct) =>
            (await migrations.DryRunAsync(key, body, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Every running instance of the source version and what migrating it would do (administrators). Nothing is written.");
        group.MapPost("/migrations", async (string key, MigrationApplication body, HttpContext http, WorkflowMigrations migrations, CancellationToken ct) =>
            (await migrations.ApplyAsync(key, body, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Migrate the chosen instances in one audited batch; instances changed since the dry run are skipped and listed.");
        group.MapGet("/changes", async (string key, HttpContext http, DefinitionChangeLog log, CancellationToken ct) =>
            (await log.ListAsync(key, http.Actor(), ct)).OkOrProblem())
            .WithSummary("The definition's change log: versions published and migrations, newest first.");
    }
}
