using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Calendar;

public sealed record CalendarFeedStatus(bool Exists, DateTimeOffset? CreatedAt);

// The token itself: returned once, never stored.
public sealed record CalendarFeedSecret(string Token, DateTimeOffset CreatedAt);

// Each person's secret calendar address: made or reset by its owner, found by its token alone.
public sealed class CalendarFeeds(PortalDb db, TimeProvider clock)
{
    // 256 random bits, base64url without padding: 43 characters.
    const int TokenBytes = 32;

    public async Task<Result<CalendarFeedStatus>> StatusAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsSystem || actor.UserId == Guid.Empty) return Error.NotFound("The person");
        var created = await db.Set<CalendarFeed>().AsNoTracking().Where(f => f.UserId == actor.UserId)
            .Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(ct);
        return new CalendarFeedStatus(created is not null, created);
    }

    // Making one when there is one is a reset: the earlier address answers 404 from now on.
    public async Task<Result<CalendarFeedSecret>> ResetAsync(Actor actor, CancellationToken ct)
    {
        if (actor.IsSystem || actor.UserId == Guid.Empty) return Error.NotFound("The person");
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = clock.GetUtcNow();
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.UserId == actor.UserId, ct);
        if (feed is null) db.Add(new CalendarFeed(actor.UserId, Hash(token), now));
        else feed.Reset(Hash(token), now);
        await db.SaveChangesAsync(ct);
        return new CalendarFeedSecret(token, now);
    }

    public async Task<Result<Done>> RemoveAsync(Actor actor, CancellationToken ct)
    {
        await db.Set<CalendarFeed>().Where(f => f.UserId == actor.UserId).ExecuteDeleteAsync(ct);
        return Done.Value;
    }

    // The owner of a token, if the token is one of ours (a malformed one is not looked up).
    public async Task<Guid?> OwnerAsync(string token, CancellationToken ct)
    {
        if (token.Length != 43 || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        var hash = Hash(token);
        return await db.Set<CalendarFeed>().AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (Guid?)f.UserId).FirstOrDefaultAsync(ct);
    }

    static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
