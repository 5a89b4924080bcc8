using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;

namespace WorkflowPortal.Workflows.Persistence;

// Runs a periodic job on one instance at a time: on PostgreSQL the run holds a session advisory
// lock named after the job, and an instance that finds it taken skips its turn (the holder is doing
// the work). The jobs' own checks (RemindedOn, quarantine age) make a later second run a no-op.
public static class ClusterJob
{
    public static async Task<bool> TryRunAsync(PortalDb db, string name, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await work(ct);
            return true;
        }
        var key = new PostgresAdvisoryLockKey($"workflowportal:job:{name}", allowHashing: true);
        var connection = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The PostgreSQL connection string is missing.");
        await using var handle = await new PostgresDistributedLock(key, connection).TryAcquireAsync(TimeSpan.Zero, ct);
        if (handle is null) return false;
        await work(ct);
        return true;
    }
}
