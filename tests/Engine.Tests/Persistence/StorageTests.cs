using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Persistence;

// SQLite cannot compare DateTimeOffset in SQL; the engine stores UTC times that both providers
// filter and order correctly, and reads them back as the same instants.
public class StorageTests
{
    [Fact]
    public Task Times_filter_and_order_in_sql_on_sqlite() => TimesRoundTrip(TestEngine.SqliteAsync);

    [PostgresFact]
    public Task Times_filter_and_order_in_sql_on_postgres() => TimesRoundTrip(TestEngine.PostgresAsync);

    static async Task TimesRoundTrip(Func<Task<TestEngine>> create)
    {
        await using var engine = await create();
        await engine.PublishAsync(Sample.Json);
        var started = engine.Clock.GetUtcNow();
        var id = await engine.StartAsync(Sample.Key);
        engine.Clock.Advance(TimeSpan.FromMinutes(90));
        await engine.MustFireAsync(id, People.Client, "Submit");
        engine.Clock.Advance(TimeSpan.FromDays(2));
        await engine.MustFireAsync(id, People.Admin, "Cancel");

        await using var db = engine.NewDb();
        var newestFirst = await db.Set<WorkflowHistoryEntry>()
            .Where(h => h.InstanceId == id && h.At > started)
            .OrderByDescending(h => h.At)
            .Select(h => new { h.Trigger, h.At })
            .ToListAsync();
        Assert.Equal(["Cancel", "Submit"], newestFirst.Select(h => h.Trigger));
        Assert.Equal(started.AddMinutes(90).AddDays(2), newestFirst[0].At);

        var instance = await db.Set<WorkflowInstance>().SingleAsync(i => i.CompletedAt != null && i.StartedAt < i.CompletedAt);
        Assert.Equal((started, started.AddMinutes(90).AddDays(2)), (instance.StartedAt, instance.CompletedAt!.Value));
        Assert.Equal(1, await db.Set<WorkflowInstance>().CountAsync(i => i.SubjectType == "Matter"));
    }
}
