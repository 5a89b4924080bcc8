using System.Net;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Reliability;

public sealed class StartupRaceTests
{
    // Migration and seeding take a PostgreSQL advisory lock: the second instance waits, then finds
    // everything done. Without it one of the two crashed on a unique index (3 of 3 runs).
    [PostgresFact]
    public async Task Two_instances_starting_at_the_same_moment_on_an_empty_database_are_both_ready()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await using var second = new PortalApp(TempFolder.Create(), database.ConnectionString);

        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            using var admin = await (client == clients[0] ? first : second).SignedInAsync(PortalApi.Admin);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/me")).StatusCode);
        }
    }
}
