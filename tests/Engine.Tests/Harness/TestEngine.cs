using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Harness;

// The engine wired as the host wires it (one cache, one runner) over a real database.
// Each call opens its own DbContext, the way each HTTP request would.
public sealed class TestEngine : IAsyncDisposable
{
    readonly Func<TestDb> _newDb;
    readonly Func<ValueTask> _dispose;

    TestEngine(Func<TestDb> newDb, Func<ValueTask> dispose)
    {
        _newDb = newDb;
        _dispose = dispose;
        Runner = new WorkflowRunner(Cache, Clock, Calendars);
        Definitions = new WorkflowDefinitions(Clock);
    }

    public ManualClock Clock { get; } = new();
    public WorkflowDefinitionCache Cache { get; } = new();
    public WorkflowRunner Runner { get; }
    public TestCalendars Calendars { get; } = new();

    // One pass of a dispatcher on its own DbContext, as one app instance would run it.
    public async Task<int> FireDueAsync(int batch = 100, List<Engine.Deadlines.DeadlineFired>? seen = null)
    {
        await using var db = NewDb();
        return await new Engine.Deadlines.DeadlineDispatch(Runner, Clock).FireDueAsync(db, batch, (fired, _) =>
        {
            lock (this) seen?.Add(fired);
            return Task.FromResult<WorkflowError?>(null);
        });
    }
    public WorkflowDefinitions Definitions { get; }

    public TestDb NewDb() => _newDb();

    public static async Task<TestEngine> SqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"engine-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 60 }.ToString();
        var options = new DbContextOptionsBuilder<TestDb>().UseSqlite(connection).Options;
        var engine = new TestEngine(() => new TestDb(options), () =>
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(path);
            return ValueTask.CompletedTask;
        });
        await using var db = engine.NewDb();
        await db.Database.EnsureCreatedAsync();
        // Readers do not block the writer; the busy timeout queues concurrent writers.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return engine;
    }

    public static async Task<TestEngine> PostgresAsync()
    {
        var database = await PostgresDatabase.CreateAsync("engine_test");
        var options = new DbContextOptionsBuilder<TestDb>().UseNpgsql(database.ConnectionString).Options;
        var engine = new TestEngine(() => new TestDb(options), database.DisposeAsync);
        await using var db = engine.NewDb();
        await db.Database.EnsureCreatedAsync();
        return engine;
    }

    public async Task SeedDefaultsAsync()
    {
        await using var db = NewDb();
        await Definitions.SeedFromFolderAsync(db, Repository.Workflows);
    }

    public async Task<DefinitionVersionView> PublishAsync(string json)
    {
        await using var db = NewDb();
        var draft = await Definitions.SaveDraftAsync(db, json);
        Assert.True(draft.IsSuccess, draft.Error?.ToString());
        var published = await Definitions.PublishAsync(db, draft.Value.Draft.Key);
        Assert.True(published.IsSuccess, published.Error is Invalid invalid ? string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) : published.Error?.ToString());
        return published.Value;
    }

    // Puts a definition in as published without validating it: what a bug or a hand-edited
    // database row could do. The runtime must still hold its ground.
    public async Task ForcePublishAsync(string json)
    {
        await using var db = NewDb();
        var definition = WorkflowJson.Parse(json).Value;
        var version = await db.Set<WorkflowDefinitionVersion>().Where(v => v.Key == definition.Key).MaxAsync(v => (int?)v.Version) ?? 0;
        var row = new WorkflowDefinitionVersion(definition.Key, version + 1, json, Clock.GetUtcNow());
        row.Publish(json, Clock.GetUtcNow());
        db.Add(row);
        await db.SaveChangesAsync();
    }

    public async Task<Guid> StartAsync(string key, Actor? actor = null)
    {
        await using var db = NewDb();
        var started = await Runner.StartAsync(db, key, new WorkflowSubject("Matter", Guid.NewGuid().ToString()), actor ?? People.Client);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.True((await Runner.SaveAsync(db)).IsSuccess);
        return started.Value.Instance.Id;
    }

    // Fires and saves in one unit of work; a lost race comes back as the save's Conflict.
    public async Task<WorkflowResult<Fired>> FireAsync(Guid id, Actor actor, string trigger, string? comment = null,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        await using var db = NewDb();
        var fired = await Runner.FireAsync(db, id, actor, new FireCommand(trigger, comment, fields));
        if (!fired.IsSuccess)
            return fired;
        var saved = await Runner.SaveAsync(db);
        return saved.IsSuccess ? fired : saved.Error;
    }

    public async Task<Fired> MustFireAsync(Guid id, Actor actor, string trigger, string? comment = null,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var fired = await FireAsync(id, actor, trigger, comment, fields);
        Assert.True(fired.IsSuccess, $"{actor.DisplayName} could not fire {trigger}: {fired.Error}");
        return fired.Value;
    }

    public async Task<TasksStarted> StartApprovalsAsync(Guid id, params ApprovalStepPlan[] steps)
    {
        await using var db = NewDb();
        var started = await Runner.StartApprovalsAsync(db, id, steps);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.True((await Runner.SaveAsync(db)).IsSuccess);
        return started.Value;
    }

    public async Task<TasksStarted> StartSignaturesAsync(Guid id, params Actor[] signers)
    {
        await using var db = NewDb();
        var started = await Runner.StartSignaturesAsync(db, id, [.. signers.Select(s => s.AsAssignee())]);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.True((await Runner.SaveAsync(db)).IsSuccess);
        return started.Value;
    }

    public async Task<InstanceView> ViewAsync(Guid id, Actor? actor = null)
    {
        await using var db = NewDb();
        return (await Runner.GetViewAsync(db, id, actor ?? People.Admin)).Value;
    }

    public async Task<string> StateAsync(Guid id) => (await ViewAsync(id)).State;

    public async ValueTask DisposeAsync() => await _dispose();
}
