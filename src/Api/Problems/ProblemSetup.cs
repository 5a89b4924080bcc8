namespace WorkflowPortal.Api.Problems;

internal static class ProblemSetup
{
    public static IServiceCollection AddPortalProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests
                && context.ProblemDetails.Extensions.TryGetValue("retryAfter", out var seconds) && seconds is int wait)
                context.HttpContext.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        services.AddExceptionHandler<UnreadableRequestHandler>();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<InvalidTextHandler>();
        // A body that is not JSON, or a parameter of the wrong shape, becomes a 400 problem
        // through UnreadableRequestHandler instead of an empty response.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static void UsePortalProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request), ui => ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/health");
}
