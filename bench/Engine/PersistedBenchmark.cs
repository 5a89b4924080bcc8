using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Bench;

// Fires one transition (contract-request: Received -> Drafting) on every one of N instances,
// each in its own DbContext as a request would, and compares with raw EF Core doing the same
// load, row update and history insert.
public static class PersistedBenchmark
{
    static readonly Actor Lawyer = new("lawyer", "Layla Haddad", [WorkflowRoles.LegalTeam, WorkflowRoles.AssignedLawyer]);

    public static async Task<int> RunAsync(string[] args)
    {
        var providers = args.Where(a => a is "sqlite" or "postgres").DefaultIfEmpty("sqlite").ToList();
        var instances = Option(args, "--instances", 10_000);
        foreach (var provider in providers)
        {
            var workers = Option(args, "--workers", provider == "sqlite" ? 1 : 8);
            await using var database = await BenchDatabase.CreateAsync(provider);
            var runner = new WorkflowRunner(new WorkflowDefinitionCache(), TimeProvider.System);
            var engineIds = await StartEngineInstancesAsync(database, runner, instances + Warmup);
            var rawIds = await StartRawInstancesAsync(database, instances + Warmup);
            Func<Guid, Task> engine = id => EngineFireAsync(database, runner, id);
            Func<Guid, Task> raw = id => RawFireAsync(database, id);

            // The machine is shared and noisy: alternate chunks so both sides meet the same noise.
            await RunAsync(engineIds[..Warmup], workers, engine);
            await RunAsync(rawIds[..Warmup], workers, raw);
            var (engineTime, rawTime) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var from = Warmup; from < engineIds.Count; from += Chunk)
            {
                var to = Math.Min(from + Chunk, engineIds.Count);
                var rawFirst = (from / Chunk) % 2 == 0;
                if (rawFirst)
                    rawTime += await RunAsync(rawIds[from..to], workers, raw);
                engineTime += await RunAsync(engineIds[from..to], workers, engine);
                if (!rawFirst)
                    rawTime += await RunAsync(rawIds[from..to], workers, raw);
            }
            var (engineRate, rawRate) = (instances / engineTime.TotalSeconds, instances / rawTime.TotalSeconds);
            Console.WriteLine($"{provider,-8} instances={instances} workers={workers} engine={engineRate:F0}/s raw-ef={rawRate:F0}/s ratio={engineRate / rawRate:F2}");
        }
        return 0;
    }

    const int Warmup = 500;
    const int Chunk = 500;

    static async Task<List<Guid>> StartEngineInstancesAsync(BenchDatabase database, WorkflowRunner runner, int count)
    {
        await using (var db = database.NewDb())
            await new WorkflowDefinitions(TimeProvider.System).SeedFromFolderAsync(db, BenchDefinitions.WorkflowsFolder);
        var ids = new List<Guid>();
        for (var batch = 0; batch < count; batch += 1000)
        {
            await using var db = database.NewDb();
            for (var i = batch; i < Math.Min(batch + 1000, count); i++)
                ids.Add((await runner.StartAsync(db, "contract-request", new("Bench", i.ToString(CultureInfo.InvariantCulture)), Lawyer)).Value.Instance.Id);
            await db.SaveChangesAsync();
        }
        return ids;
    }

    static async Task EngineFireAsync(BenchDatabase database, WorkflowRunner runner, Guid id)
    {
        await using var db = database.NewDb();
        var fired = await runner.FireAsync(db, id, Lawyer, new FireCommand("StartDrafting"));
        if (!fired.IsSuccess || !(await runner.SaveAsync(db)).IsSuccess)
            throw new InvalidOperationException($"engine fire failed: {fired.Error}");
    }

    static async Task<List<Guid>> StartRawInstancesAsync(BenchDatabase database, int count)
    {
        var ids = new List<Guid>();
        await using var db = database.NewDb();
        for (var i = 0; i < count; i++)
        {
            var instance = new RawInstance { Id = Guid.NewGuid(), State = "Received", Version = 1, UpdatedAt = DateTime.UtcNow };
            db.Add(instance);
            ids.Add(instance.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    // The same work written by hand: load, check, update the row, insert history, save.
    static async Task RawFireAsync(BenchDatabase database, Guid id)
    {
        await using var db = database.NewDb();
        var instance = await db.Set<RawInstance>().FirstAsync(i => i.Id == id);
        if (instance.State != "Received")
            throw new InvalidOperationException("raw fire refused");
        var now = DateTime.UtcNow;
        instance.State = "Drafting";
        instance.Version++;
        instance.UpdatedAt = now;
        db.Add(new RawHistory
        {
            Id = Guid.NewGuid(), InstanceId = id, Sequence = instance.Version, ActorId = Lawyer.UserId, ActorName = Lawyer.DisplayName,
            Trigger = "StartDrafting", FromState = "Received", ToState = "Drafting", At = now,
        });
        await db.SaveChangesAsync();
    }

    static async Task<TimeSpan> RunAsync(List<Guid> ids, int workers, Func<Guid, Task> fire)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (id, _) => await fire(id));
        return clock.Elapsed;
    }

    static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

// A throw-away database: a temp SQLite file, or a fresh PostgreSQL database on the server named
// by PORTAL_TEST_POSTGRES (dropped afterwards).
sealed class BenchDatabase : IAsyncDisposable
{
    // Pooled contexts, as a host registers them with AddDbContextPool; both sides share it.
    readonly PooledDbContextFactory<BenchDb> _contexts;
    readonly Func<Task> _drop;

    BenchDatabase(DbContextOptions<BenchDb> options, Func<Task> drop)
    {
        _contexts = new PooledDbContextFactory<BenchDb>(options);
        _drop = drop;
    }

    public BenchDb NewDb() => _contexts.CreateDbContext();

    public static async Task<BenchDatabase> CreateAsync(string provider, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor? interceptor = null)
    {
        BenchDatabase database;
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"engine-bench-{Guid.NewGuid():N}.db");
            var connection = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 60 }.ToString();
            database = new(new DbContextOptionsBuilder<BenchDb>().UseSqlite(connection).Options, () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                    File.Delete(path);
                return Task.CompletedTask;
            });
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set PORTAL_TEST_POSTGRES to run the PostgreSQL benchmark.");
            var name = $"engine_bench_{Guid.NewGuid():N}";
            await Execute(admin, $"CREATE DATABASE \"{name}\"");
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            var options = new DbContextOptionsBuilder<BenchDb>().UseNpgsql(connection);
            if (interceptor is not null)
                options.AddInterceptors(interceptor);
            database = new(options.Options, async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            });
        }
        await using var db = database.NewDb();
        await db.Database.EnsureCreatedAsync();
        if (provider == "sqlite")
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return database;
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _drop();
}
