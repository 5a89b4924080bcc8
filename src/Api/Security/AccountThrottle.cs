using System.Threading.RateLimiting;

namespace WorkflowPortal.Api.Security;

// Per-account limits: the account is in the request body, which the rate-limiting middleware
// cannot read, so the sign-in and forgot-password handlers ask here once they have the address.
// Unknown addresses are counted like known ones: the limit itself reveals nothing.
internal sealed class AccountThrottle(RateLimitOptions options) : IDisposable
{
    readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
    {
        var limit = options.Limits[key[..key.IndexOf('|')]];
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    });

    // Null when allowed; otherwise how long to wait.
    public TimeSpan? Refuse(string limit, string account)
    {
        using var lease = _limiter.AttemptAcquire($"{limit}|{account.Trim().ToUpperInvariant()}");
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.Limits[limit].Window;
    }

    public void Dispose() => _limiter.Dispose();
}
