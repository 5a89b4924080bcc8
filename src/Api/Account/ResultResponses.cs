using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Account;

// A use case's result as an HTTP answer: the value, or the error's problem details.
internal static class ResultResponses
{
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.Match<Results<Ok<T>, ProblemHttpResult>>(v => TypedResults.Ok(v), e => e.ToProblem());

    public static Results<NoContent, ProblemHttpResult> ToNoContent<T>(this Result<T> result) =>
        result.Match<Results<NoContent, ProblemHttpResult>>(_ => TypedResults.NoContent(), e => e.ToProblem());
}
