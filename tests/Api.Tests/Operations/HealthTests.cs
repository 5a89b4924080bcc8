using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_is_200_with_the_database_up_and_503_once_it_is_gone()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // The data folder disappears (a lost volume): SQLite can no longer open its file.
        SqliteConnection.ClearAllPools();
        Directory.Delete(app.StorageRoot, recursive: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [PostgresFact]
    public async Task Ready_is_503_when_the_postgres_database_is_unreachable()
    {
        var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await database.DisposeAsync(); // drops the database under the running app
        NpgsqlConnection.ClearAllPools();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
