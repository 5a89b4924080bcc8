using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Api.Intake;

internal static class RequestTypeEndpoints
{
    public static void MapRequestTypes(this IEndpointRouteBuilder app)
    {
        var types = app.MapGroup("/api/v1/request-types").WithTags("Request types").RequireAuthorization();
        types.MapGet("/", Catalog).WithSummary("The request types the caller may use, grouped by category.");
        types.MapGet("/{id:guid}", Get);
        types.MapPost("/", Create).WithSummary("Define a request type (administrators).");
        types.MapPut("/{id:guid}", Update).WithSummary("Change a request type (administrators); send the revision you read.");

        var categories = app.MapGroup("/api/v1/request-categories").WithTags("Request types").RequireAuthorization();
        categories.MapGet("/", Categories);
        categories.MapPost("/", CreateCategory);
    }

    static async Task<Results<Ok<CatalogView>, UnauthorizedHttpResult>> Catalog(
        string? search, ClaimsPrincipal user, CurrentActor actors, RequestTypes types, CancellationToken ct) =>
        await actors.GetAsync(user) is { } actor
            ? TypedResults.Ok(await types.CatalogAsync(actor, search, ct))
            : TypedResults.Unauthorized();

    static async Task<Results<Ok<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>> Get(
        Guid id, ClaimsPrincipal user, CurrentActor actors, RequestTypes types, CancellationToken ct)
    {
        if (await actors.GetAsync(user) is not { } actor) return TypedResults.Unauthorized();
        return (await types.GetAsync(id, actor, ct)).Match<Results<Ok<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>>(
            v => TypedResults.Ok(v), e => e.ToProblem());
    }

    static async Task<Results<Created<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>> Create(
        RequestTypeBody body, ClaimsPrincipal user, CurrentActor actors, RequestTypes types, CancellationToken ct)
    {
        if (await actors.GetAsync(user) is not { } actor) return TypedResults.Unauthorized();
        return (await types.CreateAsync(body.ToSpec(), actor, ct)).Match<Results<Created<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>>(
            v => TypedResults.Created($"/api/v1/request-types/{v.Id}", v), e => e.ToProblem());
    }

    static async Task<Results<Ok<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>> Update(
        Guid id, RequestTypeBody body, ClaimsPrincipal user, CurrentActor actors, RequestTypes types, CancellationToken ct)
    {
        if (await actors.GetAsync(user) is not { } actor) return TypedResults.Unauthorized();
        if (body.Revision is not { } revision)
            return Workflows.Outcomes.Error.Invalid("revision", "Send the revision of the request type you are changing.").ToProblem();
        return (await types.UpdateAsync(id, body.ToSpec(), revision, actor, ct)).Match<Results<Ok<RequestTypeView>, ProblemHttpResult, UnauthorizedHttpResult>>(
            v => TypedResults.Ok(v), e => e.ToProblem());
    }

    static async Task<Ok<IReadOnlyList<CategoryView>>> Categories(RequestTypes types, CancellationToken ct) =>
        TypedResults.Ok(await types.CategoriesAsync(ct));

    static async Task<Results<Created<CategoryView>, ProblemHttpResult, UnauthorizedHttpResult>> CreateCategory(
        CategoryBody body, ClaimsPrincipal user, CurrentActor actors, RequestTypes types, CancellationToken ct)
    {
        if (await actors.GetAsync(user) is not { } actor) return TypedResults.Unauthorized();
        return (await types.CreateCategoryAsync(body.Name ?? new BilingualText("", ""), body.Order ?? 0, actor, ct))
            .Match<Results<Created<CategoryView>, ProblemHttpResult, UnauthorizedHttpResult>>(
                v => TypedResults.Created($"/api/v1/request-categories/{v.Id}", v), e => e.ToProblem());
    }
}
