using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Persistence;

public class ConcurrencyTests
{
    [Fact]
    public Task Fifty_concurrent_fires_on_sqlite_make_exactly_one_step() => FiftyAtOnce(TestEngine.SqliteAsync);

    [PostgresFact]
    public Task Fifty_concurrent_fires_on_postgres_make_exactly_one_step() => FiftyAtOnce(TestEngine.PostgresAsync);

    static async Task FiftyAtOnce(Func<Task<TestEngine>> create)
    {
        await using var engine = await create();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);

        // Everyone loads the same version first, then they all try to save: the worst race.
        var loaded = 0;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var db = engine.NewDb();
            var fired = await engine.Runner.FireAsync(db, id, People.Lawyer, new FireCommand("Submit", "Sending for approval."));
            if (Interlocked.Increment(ref loaded) == 50)
                go.SetResult();
            await go.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return fired.IsSuccess ? await engine.Runner.SaveAsync(db) : fired.Error!;
        }));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("instance-changed", Assert.IsType<Conflict>(r.Error).Code));
        await using var check = engine.NewDb();
        Assert.Single(await check.Set<WorkflowHistoryEntry>().Where(h => h.InstanceId == id && h.Trigger == "Submit").ToListAsync());
        var instance = await check.Set<WorkflowInstance>().SingleAsync(i => i.Id == id);
        Assert.Equal(("Approval", 2), (instance.State, instance.Version));
    }

    [Fact]
    public async Task A_fire_loaded_before_someone_else_moved_the_instance_is_a_conflict()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);

        await using var slow = engine.NewDb();
        Assert.True((await engine.Runner.FireAsync(slow, id, People.Client, new FireCommand("Submit"))).IsSuccess);
        await engine.MustFireAsync(id, People.Admin, "Cancel");

        var saved = await engine.Runner.SaveAsync(slow);
        Assert.IsType<Conflict>(saved.Error);
        Assert.Equal("Cancelled", await engine.StateAsync(id));
    }
}
