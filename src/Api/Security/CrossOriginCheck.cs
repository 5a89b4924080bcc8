namespace WorkflowPortal.Api.Security;

// A state change sent with the session cookie must come from our own pages: a browser names the
// page's origin in Origin (or Sec-Fetch-Site) on every cross-site POST, so a different origin is
// refused with 403. Bearer calls carry no ambient credential and are not checked; neither are
// requests without cookies or without those headers (scripts, other servers).
internal static class CrossOriginCheck
{
    public static void UseCrossOriginCheck(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Cookies.Count > 0
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && IsCrossSite(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(title: "This request came from another site and was refused.", statusCode: 403,
                extensions: new Dictionary<string, object?> { ["code"] = "cross_origin" }).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    static bool IsCrossSite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        // A page under a no-referrer policy (or a sandboxed frame) sends Origin: null; only Sec-Fetch-Site tells them apart.
        if (origin == "null") return fetchSite is not ("same-origin" or "none");
        if (origin.Length > 0)
            return !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        return fetchSite is "cross-site" or "same-site";
    }
}
