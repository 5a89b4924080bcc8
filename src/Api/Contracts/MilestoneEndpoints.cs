using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts.Milestones;

namespace WorkflowPortal.Api.Contracts;

internal static class MilestoneEndpoints
{
    public sealed record MilestoneBody(string? Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage, bool? VisibleToClient);

    public sealed record MilestonePatch(string? Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage,
        MilestoneStatus? Status, FinancialStatus? FinancialStatus, bool? VisibleToClient);

    public static void MapMilestones(this IEndpointRouteBuilder app, RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id:guid}/milestones", async (Guid id, HttpContext http, ContractMilestones milestones, CancellationToken ct) =>
            (await milestones.ListAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Milestones; clients see only the visible ones.");
        contracts.MapPost("/{id:guid}/milestones", async (Guid id, MilestoneBody body, HttpContext http, ContractMilestones milestones, CancellationToken ct) =>
            (await milestones.AddAsync(id, new MilestoneCommand(body.Title, body.Description, body.DueDate, body.Amount, body.Percentage, body.VisibleToClient),
                http.Actor(), ct)).CreatedOrProblem(m => $"/api/v1/contracts/{id}/milestones"))
            .WithSummary("Add a milestone. A client's is visible to them, marked client-added, and the legal team is notified.");

        var group = app.MapGroup("/api/v1/milestones").WithTags("Milestones").WithActor();
        group.MapPatch("/{id:guid}", async (Guid id, MilestonePatch body, HttpContext http, ContractMilestones milestones, CancellationToken ct) =>
            (await milestones.ChangeAsync(id, new MilestoneChange(body.Title, body.Description, body.DueDate, body.Amount, body.Percentage,
                body.Status, body.FinancialStatus, body.VisibleToClient), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Change a milestone (legal team): details, status, financial status, visibility.");
    }
}
