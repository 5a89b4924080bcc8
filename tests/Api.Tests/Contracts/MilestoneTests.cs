using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using WorkflowPortal.Api.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Contracts.Milestones;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

public sealed class MilestoneTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_hidden_milestone_never_reaches_the_client_and_a_client_added_one_does()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitRequestAsync(client);

        var hidden = await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{id}/milestones",
            new { title = "Internal checkpoint", dueDate = "2027-02-01", visibleToClient = false })).JsonAsync(HttpStatusCode.Created);
        Assert.False(hidden.GetProperty("visibleToClient").GetBoolean());
        var added = await (await client.PostAsJsonAsync($"/api/v1/contracts/{id}/milestones",
            new { title = "First delivery", dueDate = "2027-03-01", percentage = 30 })).JsonAsync(HttpStatusCode.Created);
        Assert.True(added.GetProperty("addedByClient").GetBoolean());
        Assert.True(added.GetProperty("visibleToClient").GetBoolean());

        var seenByClient = (await GetAsync(client, $"/api/v1/contracts/{id}/milestones")).EnumerateArray().Select(m => m.GetProperty("title").GetString()).ToList();
        Assert.Equal(["First delivery"], seenByClient);
        Assert.Equal(2, (await GetAsync(lawyer, $"/api/v1/contracts/{id}/milestones")).GetArrayLength());
        var inbox = await GetAsync(lawyer, "/api/v1/notifications");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("type").GetString() == "milestone.added");

        var hiddenId = hidden.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PatchAsJsonAsync($"/api/v1/milestones/{hiddenId}", new { visibleToClient = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchAsJsonAsync($"/api/v1/milestones/{added.GetProperty("id").GetGuid()}", new { status = "Completed" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/contracts/{id}/milestones", new { title = "", percentage = 130 })).StatusCode);

        var shown = await (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{hiddenId}",
            new { visibleToClient = true, status = "InProgress", financialStatus = "PartiallyPaid" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("PartiallyPaid", shown.GetProperty("financial").GetString());
        Assert.Equal(2, (await GetAsync(client, $"/api/v1/contracts/{id}/milestones")).GetArrayLength());
    }

    [Fact]
    public async Task Hiding_and_showing_a_milestone_is_in_the_audit_trail_with_who_and_which()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitRequestAsync(client);
        var milestone = (await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{id}/milestones",
            new { title = "Deposit", dueDate = "2027-02-01", visibleToClient = true })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{milestone}", new { visibleToClient = false })).JsonAsync(HttpStatusCode.OK);
        // Saying "hidden" again changes nothing and records nothing.
        await (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{milestone}", new { visibleToClient = false, status = "InProgress" })).JsonAsync(HttpStatusCode.OK);
        await (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{milestone}", new { visibleToClient = true })).JsonAsync(HttpStatusCode.OK);

        var audit = (await GetAsync(lawyer, $"/api/v1/contracts/{id}")).GetProperty("audit").EnumerateArray()
            .Select(a => (Who: a.GetProperty("actorName").GetString(), What: a.GetProperty("detail").GetString())).ToList();
        Assert.Equal([("Layla Haddad", "Milestone hidden from the portal: Deposit"), ("Layla Haddad", "Milestone shown in the portal: Deposit")],
            audit.Where(a => a.What!.StartsWith("Milestone", StringComparison.Ordinal)));
        // The client never reads the audit trail.
        Assert.Equal(0, (await GetAsync(client, $"/api/v1/contracts/{id}")).GetProperty("audit").GetArrayLength());

        // An Arabic reader reads both lines in Arabic.
        var lines = (await GetAsync(lawyer, $"/api/v1/contracts/{id}")).GetProperty("audit").EnumerateArray()
            .Select(a => new AuditView(Guid.Empty, a.GetProperty("actorName").GetString()!, a.GetProperty("action").GetString()!, a.GetProperty("detail").GetString()!, default))
            .Where(a => a.Action.StartsWith("milestone", StringComparison.Ordinal)).ToList();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            var text = _app.Services.GetRequiredService<IStringLocalizer<ContractText>>();
            Assert.Equal(["أُخفيت المرحلة عن البوابة: Deposit", "أُظهرت المرحلة في البوابة: Deposit"], lines.Select(l => ContractAuditText.Read(l, text)));
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    [Fact]
    public async Task Overdue_milestones_remind_once_a_day()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitRequestAsync(client);
        var today = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{id}/milestones",
            new { title = "Payment one", dueDate = today.AddDays(2).ToString("yyyy-MM-dd"), visibleToClient = true })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(0, await RemindAsync());
        _app.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        client = await _app.SignedInAsync("client@demo.portal"); // the first session expired with the days
        var inbox = await GetAsync(client, "/api/v1/notifications");
        Assert.Single(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("type").GetString() == "milestone.overdue");
        _app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RemindAsync());
    }

    async Task<int> RemindAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneReminders>().RemindAsync(CancellationToken.None);
    }
}
