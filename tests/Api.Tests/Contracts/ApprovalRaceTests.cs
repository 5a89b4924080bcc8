using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

// Two approvers of one "all" step decide at the same moment: one wins, the other gets a
// conflict (or both pass one after the other), and the tasks never end half-decided.
public sealed class ApprovalRaceTests
{
    [Fact]
    public async Task On_sqlite_two_approvers_deciding_at_once_do_not_corrupt_the_state()
    {
        await using var app = PortalApp.OnSqlite();
        await RaceAsync(app);
    }

    [PostgresFact]
    public async Task On_postgres_two_approvers_deciding_at_once_do_not_corrupt_the_state()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await RaceAsync(app);
    }

    static async Task RaceAsync(PortalApp app)
    {
        var client = await app.SignedInAsync("client@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var admin = await app.SignedInAsync("admin@demo.portal");
        var id = await SubmitTemplateAsync(client);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/approval-plan", new
        {
            steps = new[] { new { mode = "all", approvers = new[] { await UserIdAsync(lawyer), await UserIdAsync(admin) } } },
        })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "Generate", fields: new() { ["counterpartyName"] = "Falcon", ["contractValue"] = "10", ["startDate"] = "2027-01-01" });
        await FireAsync(lawyer, id, "SubmitForApproval");
        var tasks = await ApprovalsAsync(lawyer, id);

        var deciders = new[] { lawyer, admin };
        var responses = await Task.WhenAll(tasks.Select((t, i) => DecideAsync(deciders[i], t.GetProperty("id").GetGuid(), true)));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        for (var i = 0; i < responses.Length; i++)
        {
            if (responses[i].StatusCode == HttpStatusCode.Conflict)
                Assert.Equal(HttpStatusCode.OK, (await DecideAsync(deciders[i], tasks[i].GetProperty("id").GetGuid(), true)).StatusCode);
        }

        Assert.All(await ApprovalsAsync(lawyer, id), a => Assert.Equal("Approved", a.GetProperty("status").GetString()));
        var contract = await GetAsync(lawyer, $"/api/v1/contracts/{id}");
        Assert.Equal("Signature", State(contract));
        Assert.Single(await SignaturesAsync(lawyer, id).ContinueWith(t => t.Result.Where(s => s.GetProperty("status").GetString() == "Pending")));
    }
}
