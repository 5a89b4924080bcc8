using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WorkflowPortal.Api.Problems;

// The database is unreachable (stopped, restarting, failing over) or busy: 503 with Retry-After,
// never a 500. The API gets a problem; pages get a short notice in both languages.
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsUnavailable(exception)) return false;
        logger.LogWarning("The database is unavailable: {Reason}", exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!ProblemSetup.IsApi(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, ct);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service is temporarily unavailable.",
                Detail = $"The database cannot be reached. Nothing was changed; try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                case TimeoutException:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
            }
        }
        return false;
    }

    const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="10"><title>Temporarily unavailable · غير متاح مؤقتًا</title></head>
        <body style="font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
        <main>
        <section lang="en" dir="ltr"><h1>Temporarily unavailable</h1>
        <p>The portal cannot reach its database for a moment. Nothing you sent was lost; this page tries again by itself.</p></section>
        <section lang="ar" dir="rtl"><h1>غير متاح مؤقتًا</h1>
        <p>تعذّر على البوابة الوصول إلى قاعدة بياناتها للحظات. لم يضِع شيء مما أرسلته؛ ستُعيد هذه الصفحة المحاولة تلقائيًا.</p></section>
        </main></body></html>
        """;
}
