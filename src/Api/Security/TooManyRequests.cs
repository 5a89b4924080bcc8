using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using WorkflowPortal.Api.Problems;

namespace WorkflowPortal.Api.Security;

// The answer to a request over its limit: 429 with Retry-After, as problem details on the API and
// as a small page in the person's language (the request culture is already set) elsewhere.
internal static class TooManyRequests
{
    public static async Task WriteAsync(HttpContext context, TimeSpan after)
    {
        if (ProblemSetup.IsApi(context.Request))
        {
            await Problem(context, after).ExecuteAsync(context);
            return;
        }
        var seconds = Mark(context, after);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SecurityText>>();
        var culture = CultureInfo.CurrentUICulture;
        var dir = culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}" dir="{dir}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(text["TooManyTitle"])}</title></head>
            <body><main><h1>{WebUtility.HtmlEncode(text["TooManyTitle"])}</h1><p data-testid="too-many">{WebUtility.HtmlEncode(text["TooManyText", seconds])}</p>
            <p><a href="/">{WebUtility.HtmlEncode(text["TooManyHome"])}</a></p></main></body></html>
            """);
    }

    // For an API handler that refuses after reading the body (per-account limits).
    public static ProblemHttpResult Problem(HttpContext context, TimeSpan after)
    {
        var seconds = Mark(context, after);
        return TypedResults.Problem(title: $"Too many requests: try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["code"] = "rate_limited", ["retryAfter"] = seconds });
    }

    // For a static page that refuses: the status and header, then the page shows Text().
    public static int Mark(HttpContext context, TimeSpan after)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}
