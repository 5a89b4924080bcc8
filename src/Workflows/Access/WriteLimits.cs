using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Access;

// RateLimits:Writes, per person: comments, uploads, contract versions and submissions. The use
// cases spend it, so a page (whose clicks travel over the Blazor circuit, unseen by the HTTP rate
// limiter) and an API call draw on the same allowance and get the same TooManyRequests error.
public sealed class WriteLimits(RateLimit limit) : IDisposable
{
    public const string Section = "RateLimits:Writes";

    readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(person =>
        RateLimitPartition.GetFixedWindowLimiter(person, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        }));

    public static WriteLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new(new RateLimit(section.GetValue("PermitLimit", 60), section.GetValue("Window", TimeSpan.FromMinutes(1))));
    }

    // Null when the person may go on; the portal's own work (deadlines, reminders) is never limited.
    public Error? Spend(Actor actor)
    {
        if (actor.IsSystem) return null;
        using var lease = _limiter.AttemptAcquire(actor.UserId);
        if (lease.IsAcquired) return null;
        return Error.TooManyRequests(lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limit.Window);
    }

    public void Dispose() => _limiter.Dispose();
}

public sealed record RateLimit(int PermitLimit, TimeSpan Window);
