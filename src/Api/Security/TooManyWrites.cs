using Microsoft.Extensions.Localization;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Security;

// A page's words for a use case that refused over RateLimits:Writes; null for any other error.
internal static class TooManyWrites
{
    public static string? Text(Error? error, IStringLocalizer<SecurityText> text) =>
        error is { Kind: ErrorKind.TooManyRequests } ? text["TooManyWrites", error.RetryAfterSeconds ?? 60].Value : null;
}
