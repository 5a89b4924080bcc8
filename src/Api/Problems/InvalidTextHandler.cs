using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace WorkflowPortal.Api.Problems;

// The last line behind input cleaning: text PostgreSQL cannot store (a NUL character, 22021) that
// reached it by a path we did not clean (a query string, a page) is the caller's 400, not our 500.
internal sealed class InvalidTextHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!Refuses(exception)) return false;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request holds characters that cannot be stored.",
                Detail = "Remove control characters (such as NUL) from the text and try again.",
            },
        });
    }

    static bool Refuses(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire }) return true;
        return false;
    }
}
