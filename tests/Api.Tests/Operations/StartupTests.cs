using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Operations;

public sealed class StartupTests
{
    [Fact]
    public async Task Starts_on_an_empty_sqlite_database_and_a_second_start_changes_nothing()
    {
        var root = TempFolder.Create();
        try
        {
            var first = await StartAndCountAsync(new PortalApp(root));
            var second = await StartAndCountAsync(new PortalApp(root));

            Assert.True(first.Users >= 5, $"demo data expected, found {first.Users} users");
            Assert.Equal(first, second);
        }
        finally
        {
            TempFolder.Delete(root);
        }
    }

    [PostgresFact]
    public async Task Starts_on_an_empty_postgres_database_and_a_second_start_changes_nothing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var root = TempFolder.Create();
        try
        {
            var first = await StartAndCountAsync(new PortalApp(root, database.ConnectionString));
            var second = await StartAndCountAsync(new PortalApp(root, database.ConnectionString));

            Assert.True(first.Users >= 5, $"demo data expected, found {first.Users} users");
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", first.Provider);
            Assert.Equal(first, second);
        }
        finally
        {
            TempFolder.Delete(root);
        }
    }

    sealed record Snapshot(string? Provider, int Users, int Roles, int Migrations, int Keys);

    static async Task<Snapshot> StartAndCountAsync(PortalApp app)
    {
        await using (app)
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            return await app.WithDbAsync(async db => new Snapshot(
                db.Database.ProviderName,
                await db.Users.CountAsync(),
                await db.Roles.CountAsync(),
                (await db.Database.GetAppliedMigrationsAsync()).Count(),
                await db.DataProtectionKeys.CountAsync()));
        }
    }
}
