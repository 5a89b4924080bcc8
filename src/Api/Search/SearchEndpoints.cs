using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Api.Search;

internal static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/v1/search").WithTags("Search").WithActor();
        search.MapGet("/", Search).WithSummary("Matters, cases, contracts, portal users and client organizations matching q, grouped, with counts.");
    }

    static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> Search(
        string? q, HttpContext http, GlobalSearch search, CancellationToken ct)
    {
        var actor = http.Actor();
        var result = await search.SearchAsync(actor, q, ct);
        if (!result.IsSuccess) return result.Error.ToProblem();
        return TypedResults.Ok(await SearchLabels.LabelledAsync(http.RequestServices, result.Value, actor, ct));
    }
}
