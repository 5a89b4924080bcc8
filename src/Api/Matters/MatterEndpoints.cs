using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Matters;

internal static class MatterEndpoints
{
    public static void MapMatters(this IEndpointRouteBuilder app)
    {
        var matters = app.MapGroup("/api/v1/matters").WithTags("Matters").WithActor();
        matters.MapGet("/", List).WithSummary("Matters and litigation cases the caller may see, newest first unless `order` says otherwise (keyset paging).");
        matters.MapGet("/export.csv", MatterCsv.ExportAsync).WithSummary("The same list as CSV (UTF-8 with BOM, opens in Excel).");
        matters.MapMatterWork();
        matters.MapMatterRecords();
    }

    static async Task<Results<Ok<Page<MatterSummary>>, ProblemHttpResult>> List(
        [AsParameters] MatterListQuery query, HttpContext http, MatterQueries matters, CancellationToken ct) =>
        (await matters.ListAsync(http.Actor(), query.ToFilter(), query.Cursor, query.Limit, ct)).OkOrProblem();
}

public sealed record MatterListQuery(
    string? Search, string? Status, Guid? CategoryId, string? PracticeArea, Guid? AssignedLawyerId, Guid? ClientId,
    MatterKind? Kind, bool? Open, bool? FromPortal, MatterOrder? Order, string? Cursor, int? Limit)
{
    public MatterFilter ToFilter() => new(Search, Status, CategoryId, PracticeArea, AssignedLawyerId, ClientId, Kind, Open, FromPortal, Order ?? MatterOrder.Newest);
}
