using System.Threading.RateLimiting;

namespace WorkflowPortal.Api.Security;

// ASP.NET Core's rate limiter: per address on the anonymous account forms and API calls (sign-in
// and its second step, forgot-password, sign-up, invitation acceptance, the public check of a
// signed copy, a calendar feed). A refusal is 429 with
// Retry-After: problem details on the API, a short page in the person's language elsewhere.
// Uploads, comments and submissions are limited per person in the use cases (WriteLimits), where
// pages and the API meet; their refusal becomes the same 429 problem through ErrorProblems.
internal static class RateLimitSetup
{
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = RateLimitOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Limit(context) is { } name
                ? RateLimitPartition.GetFixedWindowLimiter($"{name}|{Partition(context)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.Limits[name].PermitLimit,
                    Window = options.Limits[name].Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (rejected, _) =>
            {
                var after = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyRequests.WriteAsync(rejected.HttpContext, after));
            };
        });
        return services;
    }

    // Which limit a request falls under, if any.
    static string? Limit(HttpContext context)
    {
        // Calendar apps fetch a person's feed without signing in: counted per address too.
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/calendar/feed")) return RateLimitNames.CalendarFeed;
        if (!HttpMethods.IsPost(context.Request.Method)) return null;
        var path = context.Request.Path.Value?.TrimEnd('/').ToLowerInvariant() ?? "";
        return path switch
        {
            "/api/v1/auth/login" or "/account/sign-in" or "/account/sign-in-2fa" => RateLimitNames.SignIn,
            "/api/v1/auth/forgot-password" or "/account/forgot-password" => RateLimitNames.ForgotPassword,
            "/api/v1/auth/signup" or "/account/sign-up" => RateLimitNames.SignUp,
            "/api/v1/auth/accept-invitation" or "/account/accept-invitation" => RateLimitNames.Invitation,
            "/api/v1/verify" or "/verify" => RateLimitNames.Verify,
            _ => null,
        };
    }

    // The account forms count per address.
    static string Partition(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
