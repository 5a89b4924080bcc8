using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Problems;

// Turns a use case's result into a typed HTTP result: the value, or its problem.
internal static class ResultHttp
{
    public static Results<Ok<T>, ProblemHttpResult> OkOrProblem<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    public static Results<Created<T>, ProblemHttpResult> CreatedOrProblem<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error.ToProblem();

    public static Results<NoContent, ProblemHttpResult> NoContentOrProblem<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
}
