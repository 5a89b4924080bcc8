using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Intake;

internal static class RequestTypeEndpoints
{
    public static void MapRequestTypes(this IEndpointRouteBuilder app)
    {
        var types = app.MapGroup("/api/v1/request-types").WithTags("Request types").WithActor();
        types.MapGet("/", Catalog).WithSummary("The request types the caller may use, grouped by category.");
        types.MapGet("/{id:guid}", Get);
        types.MapPost("/", Create).WithSummary("Define a request type (administrators).");
        types.MapPut("/{id:guid}", Update).WithSummary("Change a request type (administrators); send the revision you read.");

        var categories = app.MapGroup("/api/v1/request-categories").WithTags("Request types").WithActor();
        categories.MapGet("/", Categories);
        categories.MapPost("/", CreateCategory);
    }

    static async Task<Ok<CatalogView>> Catalog(string? search, HttpContext http, RequestTypes types, CancellationToken ct) =>
        TypedResults.Ok(await types.CatalogAsync(http.Actor(), search, ct));

    static async Task<Results<Ok<RequestTypeView>, ProblemHttpResult>> Get(Guid id, HttpContext http, RequestTypes types, CancellationToken ct) =>
        (await types.GetAsync(id, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<Created<RequestTypeView>, ProblemHttpResult>> Create(
        RequestTypeBody body, HttpContext http, RequestTypes types, CancellationToken ct) =>
        (await types.CreateAsync(body.ToSpec(), http.Actor(), ct)).CreatedOrProblem(v => $"/api/v1/request-types/{v.Id}");

    static async Task<Results<Ok<RequestTypeView>, ProblemHttpResult>> Update(
        Guid id, RequestTypeBody body, HttpContext http, RequestTypes types, CancellationToken ct)
    {
        if (body.Revision is not { } revision)
            return Error.Invalid("revision", "Send the revision of the request type you are changing.").ToProblem();
        return (await types.UpdateAsync(id, body.ToSpec(), revision, http.Actor(), ct)).OkOrProblem();
    }

    static async Task<Ok<IReadOnlyList<CategoryView>>> Categories(RequestTypes types, CancellationToken ct) =>
        TypedResults.Ok(await types.CategoriesAsync(ct));

    static async Task<Results<Created<CategoryView>, ProblemHttpResult>> CreateCategory(
        CategoryBody body, HttpContext http, RequestTypes types, CancellationToken ct) =>
        (await types.CreateCategoryAsync(body.Name ?? new BilingualText("", ""), body.Order ?? 0, http.Actor(), ct))
            .CreatedOrProblem(v => $"/api/v1/request-categories/{v.Id}");
}
