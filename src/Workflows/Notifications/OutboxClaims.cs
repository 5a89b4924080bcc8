using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Claims are per message and fenced: a claim is an UPDATE guarded by the message's ClaimToken, so
// of two dispatchers (or instances) racing for one message exactly one wins; the loser's UPDATE
// matches no row. The same on SQLite and PostgreSQL: no row stays locked while a message is sent.
internal static class OutboxClaims
{
    // Candidates only, read without locks: each is claimed on its own just before it is sent, so a
    // slow server never lets a batch's later messages sit under an expiring lease.
    public static Task<List<OutboxMessage>> DueAsync(PortalDb db, DateTimeOffset now, int batchSize, CancellationToken ct) =>
        db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Take(batchSize).ToListAsync(ct);

    public static async Task<bool> TryClaimAsync(PortalDb db, OutboxMessage message, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        if (!message.IsDue(now)) return false;
        message.Claim(now, lease);
        return await TrySaveAsync(db, message, ct);
    }

    // Saves a change to a claimed message; false when another dispatcher has claimed it since.
    public static async Task<bool> TrySaveAsync(PortalDb db, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }
}
