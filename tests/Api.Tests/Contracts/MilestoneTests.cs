using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
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
