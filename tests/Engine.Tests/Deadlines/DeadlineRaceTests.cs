using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Deadlines;

public class DeadlineRaceTests
{
    // Two dispatchers, each on its own connection as two app instances would be, race for
    // 1,000 due timers: every timer fires exactly once and no instance gets two reminders.
    [PostgresFact]
    public async Task Two_dispatchers_on_postgres_fire_each_of_a_thousand_timers_exactly_once()
    {
        await using var engine = await TestEngine.PostgresAsync();
        await engine.PublishAsync(Timed.Json);
        await using (var db = engine.NewDb())
        {
            var ids = new List<Guid>();
            for (var i = 0; i < 1000; i++)
                ids.Add((await engine.Runner.StartAsync(db, "timed", new WorkflowSubject("Matter", Guid.NewGuid().ToString()), People.Client)).Value.Instance.Id);
            await db.SaveChangesAsync();
            foreach (var id in ids)
                Assert.True((await engine.Runner.FireAsync(db, id, People.Lawyer, new FireCommand("Ask"))).IsSuccess);
            await db.SaveChangesAsync();
        }
        engine.Clock.Advance(TimeSpan.FromMinutes(1));

        var seen = new List<DeadlineFired>();
        async Task<int> Dispatcher()
        {
            var total = 0;
            for (int n; (n = await engine.FireDueAsync(batch: 50, seen: seen)) > 0 || await AnyDueAsync(engine);)
                total += n;
            return total;
        }
        var counts = await Task.WhenAll(Dispatcher(), Dispatcher());

        Assert.Equal(1000, counts.Sum());
        Assert.Equal(1000, seen.Select(f => f.Timer.Id).Distinct().Count());
        await using var check = engine.NewDb();
        var perInstance = await check.Set<WorkflowHistoryEntry>().Where(h => h.Trigger == WorkflowRunner.DeadlineTrigger)
            .GroupBy(h => h.InstanceId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(1000, perInstance.Count);
        Assert.All(perInstance, c => Assert.Equal(1, c));
    }

    // A dispatcher that is behind holds an instance's reminder (locked, as while it works through
    // its batch); the other dispatcher must not close that matter first: one instance's timers fire
    // in the order they came due.
    [PostgresFact]
    public async Task A_later_timer_waits_while_an_earlier_one_of_its_instance_is_held_by_the_other_dispatcher()
    {
        await using var engine = await TestEngine.PostgresAsync();
        await engine.PublishAsync(Timed.Json);
        Guid id;
        await using (var db = engine.NewDb())
        {
            id = (await engine.Runner.StartAsync(db, "timed", new WorkflowSubject("Matter", Guid.NewGuid().ToString()), People.Client)).Value.Instance.Id;
            await db.SaveChangesAsync();
            Assert.True((await engine.Runner.FireAsync(db, id, People.Lawyer, new FireCommand("Ask"))).IsSuccess);
            await db.SaveChangesAsync();
        }
        engine.Clock.Advance(TimeSpan.FromDays(30)); // the reminder and the automatic closing are both due

        await using var other = engine.NewDb();
        await using (var holding = await other.Database.BeginTransactionAsync())
        {
            var reminder = await other.Set<WorkflowTimer>().Where(t => t.InstanceId == id && t.Status == TimerStatus.Pending)
                .OrderBy(t => t.DueAt).FirstAsync();
            await other.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM "WorkflowTimers" WHERE "Id" = {reminder.Id} FOR UPDATE""");

            Assert.Equal(0, await engine.FireDueAsync());
            await holding.RollbackAsync();
        }

        var seen = new List<DeadlineFired>();
        while (await engine.FireDueAsync(seen: seen) > 0) { }
        Assert.Equal(2, seen.Count);
        Assert.True(seen[0].Timer.DueAt < seen[1].Timer.DueAt, "the reminder, due first, fired first");
        await using var check = engine.NewDb();
        Assert.Equal("Closed", (await check.Set<WorkflowInstance>().SingleAsync(i => i.Id == id)).State);
    }

    static async Task<bool> AnyDueAsync(TestEngine engine)
    {
        await using var db = engine.NewDb();
        var now = engine.Clock.GetUtcNow();
        return await db.Set<WorkflowTimer>().AnyAsync(t => t.Status == TimerStatus.Pending && t.DueAt <= now);
    }
}
