using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Tests.Hosting;

// A migrated PortalDb on a temporary SQLite file, or on a fresh PostgreSQL database.
public sealed class TestDatabase : IAsyncDisposable
{
    readonly string? _folder;
    readonly PostgresDatabase? _postgres;

    TestDatabase(string? folder, PostgresDatabase? postgres)
    {
        _folder = folder;
        _postgres = postgres;
    }

    public static async Task<TestDatabase> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-db-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder, null);
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        return database;
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var database = new TestDatabase(null, await PostgresDatabase.CreateAsync());
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        return database;
    }

    public bool IsPostgres => _postgres is not null;

    public string ConnectionString => _postgres?.ConnectionString ?? $"Data Source={Path.Combine(_folder!, "portal.db")}";

    public PortalDb Open(params IInterceptor[] interceptors) => _postgres is { } pg
        ? new PostgresPortalDb(new DbContextOptionsBuilder<PostgresPortalDb>().UseNpgsql(pg.ConnectionString).AddInterceptors(interceptors).Options)
        : new SqlitePortalDb(new DbContextOptionsBuilder<SqlitePortalDb>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
