using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Takes due messages for one dispatcher. On PostgreSQL several instances may run: rows are locked
// with FOR UPDATE SKIP LOCKED, so two instances never claim the same row. SQLite serves a single
// instance (its one writer is the lock): there reading due rows and marking them claimed is enough.
internal static class OutboxClaims
{
    public static async Task<List<OutboxMessage>> ClaimAsync(PortalDb db, DateTimeOffset now, EmailOptions options, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) return await ClaimOnPostgresAsync(db, now, options, ct);

        var due = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Take(options.BatchSize).ToListAsync(ct);
        foreach (var message in due) message.Claim(now, options.Lease);
        await db.SaveChangesAsync(ct);
        return due;
    }

    static async Task<List<OutboxMessage>> ClaimOnPostgresAsync(PortalDb db, DateTimeOffset now, EmailOptions options, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Set<OutboxMessage>().FromSqlInterpolated($"""
            SELECT * FROM "OutboxMessages"
            WHERE "Status" = {(int)OutboxStatus.Pending} AND "NextAttemptAt" <= {now}
              AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
            ORDER BY "NextAttemptAt"
            LIMIT {options.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        foreach (var message in due) message.Claim(now, options.Lease);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due;
    }
}
