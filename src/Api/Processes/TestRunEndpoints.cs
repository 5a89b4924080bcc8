using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Processes.TestRuns;

namespace WorkflowPortal.Api.Processes;

internal static class TestRunEndpoints
{
    public static void MapWorkflowTestRuns(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/workflow-definitions/{key}").WithTags("Workflow test runs").WithActor()
            .MapPost("/test-runs", async (string key, TestRunRequest body, HttpContext http, WorkflowTestRuns runs, CancellationToken ct) =>
                (await runs.PlayAsync(key, body, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Play a draft (or the newest saved version) as a role with sample values and the steps fired so far (legal team). Nothing is saved or sent.");
    }
}
