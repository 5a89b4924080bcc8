using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Deadlines;

// Claims due timers and fires each exactly once, whichever app instance gets there first.
// On PostgreSQL the batch is locked with FOR UPDATE SKIP LOCKED for the claim's transaction, so
// two instances take different rows; everywhere, the timer's status is a concurrency token, so
// a second firing of one timer cannot commit. A timer that came due while every instance was
// down is simply due: it fires on the first pass after start, late but once.
// One instance's timers fire in the order they came due. A batch is claimed in due order; on
// PostgreSQL a claimed timer whose instance still has an earlier pending timer outside the batch
// (locked by the other instance, which is working through it) is left for a later pass, so an
// instance that is behind never has its matter closed before it sent the reminder due first.
public sealed class DeadlineDispatch(WorkflowRunner runner, TimeProvider time)
{
    // `carryOut` does the domain's part of each fire (mirror, notifications) in the same unit of
    // work; it returns an error to retry the timer later. Returns the number of timers fired.
    public async Task<int> FireDueAsync(DbContext db, int batch,
        Func<DeadlineFired, CancellationToken, Task<WorkflowError?>> carryOut, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await ClaimAsync(db, now, batch, ct);
        var fired = 0;
        foreach (var timer in due)
        {
            try
            {
                // Each timer is its own piece of work: the previous one's entities were cleared.
                db.Attach(timer);
                var result = await runner.FireDeadlineAsync(db, timer, ct);
                var error = result.IsSuccess && result.Value.Entry is not null ? await carryOut(result.Value, ct) : result.Error;
                if (error is null)
                {
                    // Inside the claim's transaction EF Core wraps this in a savepoint, so a
                    // failure here rolls back only this timer.
                    await db.SaveChangesAsync(ct);
                    fired += result.Value.Entry is null ? 0 : 1;
                }
                else
                {
                    await FailAsync(db, timer.Id, error.Message, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await FailAsync(db, timer.Id, e.GetBaseException().Message, ct);
            }
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(ct);
        return fired;
    }

    async Task FailAsync(DbContext db, Guid timerId, string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var timer = await db.Set<WorkflowTimer>().FirstOrDefaultAsync(t => t.Id == timerId, ct);
        if (timer is not { Status: TimerStatus.Pending })
            return;
        timer.Failed(error, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance closed it meanwhile: its outcome stands.
        }
    }

    static Task<List<WorkflowTimer>> ClaimAsync(DbContext db, DateTimeOffset now, int batch, CancellationToken ct)
    {
        var utc = now.UtcDateTime;
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
            return db.Set<WorkflowTimer>().FromSqlInterpolated($"""
                WITH claimed AS (
                    SELECT * FROM "WorkflowTimers" WHERE "Status" = 'Pending' AND "DueAt" <= {utc}
                    ORDER BY "DueAt" LIMIT {batch} FOR UPDATE SKIP LOCKED)
                SELECT * FROM claimed AS c WHERE NOT EXISTS (
                    SELECT 1 FROM "WorkflowTimers" AS e WHERE e."InstanceId" = c."InstanceId" AND e."Status" = 'Pending'
                    AND e."DueAt" < c."DueAt" AND e."Id" NOT IN (SELECT "Id" FROM claimed))
                ORDER BY c."DueAt"
                """).ToListAsync(ct);
        return db.Set<WorkflowTimer>()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(batch).ToListAsync(ct);
    }
}
