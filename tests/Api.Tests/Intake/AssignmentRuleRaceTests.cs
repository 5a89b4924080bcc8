using System.Collections.Concurrent;
using System.Net;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Intake.AssignmentRuleTests;

namespace WorkflowPortal.Api.Tests.Intake;

// Two app instances take turns from one pool at the same time: the counter's upsert hands out
// every turn once, so twelve requests over three lawyers are still four each.
public sealed class AssignmentRuleRaceTests
{
    [PostgresFact]
    public async Task Two_instances_submitting_at_once_share_a_pool_evenly_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync("portal_assign");
        await using var first = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await using var second = new PortalApp(TempFolder.Create(), database.ConnectionString);
        var admin = await first.SignedInAsync("admin@demo.portal");
        Guid[] pool = [await LawyerAsync(first), await LawyerAsync(first), await LawyerAsync(first)];
        var type = await CreateTypeAsync(admin, PoolRules(pool));
        var clients = new List<HttpClient>();
        foreach (var app in new[] { first, second })
            foreach (var email in new[] { "client@demo.portal", "sara@demo.portal" })
                clients.Add(await app.SignedInAsync(email));

        const int each = 3;
        var matters = new ConcurrentBag<Guid>();
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++) matters.Add(await SubmitAsync(client, type, i));
        })));

        var assigned = new List<Guid>();
        foreach (var id in matters)
            assigned.Add((await (await admin.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("assignedLawyerId").GetGuid());
        Assert.Equal(clients.Count * each, assigned.Count);
        Assert.All(pool, lawyer => Assert.Equal(clients.Count * each / pool.Length, assigned.Count(a => a == lawyer)));
        foreach (var client in clients) client.Dispose();
    }
}
