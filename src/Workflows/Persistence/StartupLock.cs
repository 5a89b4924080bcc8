using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;

namespace WorkflowPortal.Workflows.Persistence;

// Serialises migration and seeding across instances: on PostgreSQL a session advisory lock (held
// by one connection, released when it closes, so a crashed instance never leaves it taken); the
// next instance waits, then finds the database current and every seed step already done.
// SQLite serves one instance, so there is nothing to take.
public static class StartupLock
{
    public static async Task<IAsyncDisposable?> AcquireAsync(PortalDb db, TimeSpan timeout, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return null;
        var key = new PostgresAdvisoryLockKey("workflowportal:startup", allowHashing: true);
        var connection = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The PostgreSQL connection string is missing.");
        return await new PostgresDistributedLock(key, connection).AcquireAsync(timeout, ct);
    }
}
