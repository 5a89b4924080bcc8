using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Persistence;
using static WorkflowPortal.Api.Tests.Processes.MigrationApi;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class TestRunTests : IAsyncLifetime
{
    const string Template = "contract-from-template";

    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<int[]> CountsAsync() => CountsAsync(_app);

    // The rows a real run writes: a test run must leave every one of these counts as it was.
    internal static Task<int[]> CountsAsync(PortalApp app) => app.WithDbAsync(async (PortalDb db) => new[]
    {
        await db.Set<Matter>().CountAsync(), await db.Set<WorkflowInstance>().CountAsync(), await db.Set<WorkflowHistoryEntry>().CountAsync(),
        await db.Set<OutboxMessage>().CountAsync(), await db.Set<Notification>().CountAsync(), await db.Set<WorkflowTimer>().CountAsync(),
        await db.Set<ApprovalTask>().CountAsync(),
    });

    static Task<HttpResponseMessage> PlayAsync(HttpClient client, string key, object body) =>
        client.PostAsJsonAsync($"/api/v1/workflow-definitions/{key}/test-runs", body);

    [Fact]
    public async Task Firing_in_a_test_run_writes_no_row_to_matters_instances_history_outbox_or_notifications()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        await SubmitConsultationAsync(client, "Unpaid salary");
        var before = await CountsAsync();
        Assert.True(before[0] > 0 && before[1] > 0 && before[3] > 0, "the demo data gives each table rows to compare");

        var definition = await PublishedAsync(admin, Consultation);
        var transitions = definition["transitions"]!.AsArray().Select(t => t!["trigger"]!.GetValue<string>()).ToList();
        var first = await (await PlayAsync(admin, Consultation, new { role = "LegalTeam" })).JsonAsync(HttpStatusCode.OK);
        var fired = new List<object>();
        // Walk the permitted actions three times over, as the panel's buttons do, each a replay of the whole run.
        var view = first;
        for (var i = 0; i < 3 && view.GetProperty("permitted").GetArrayLength() > 0; i++)
        {
            var action = view.GetProperty("permitted")[0];
            fired.Add(new { trigger = action.GetProperty("trigger").GetString(), comment = "Tried in a test run" });
            view = await (await PlayAsync(admin, Consultation, new { definition, role = "LegalTeam", fired })).JsonAsync(HttpStatusCode.OK);
        }
        Assert.True(fired.Count >= 2, $"the consultation offers steps to the legal team: {first}");
        Assert.Equal(fired.Count + 1, view.GetProperty("steps").GetArrayLength());
        Assert.All(transitions, t => Assert.False(string.IsNullOrEmpty(t)));

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_what_is_wrong()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var definition = await PublishedAsync(admin, Template);

        var badValue = await (await PlayAsync(admin, Template, new { definition, role = "LegalTeam", data = new { contractValue = "a lot" } })).JsonAsync(HttpStatusCode.BadRequest);
        var message = badValue.GetProperty("errors").GetProperty("contractValue")[0].GetString()!;
        Assert.Contains("(", message, StringComparison.Ordinal);
        Assert.Matches("[\u0600-\u06FF]", message);

        var unknown = await (await PlayAsync(admin, Template, new { definition, role = "LegalTeam", fired = new[] { new { trigger = "NoSuchStep" } } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("fired[0]", out _));

        var role = await (await PlayAsync(admin, Template, new { definition, role = "Janitor" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(role.GetProperty("errors").TryGetProperty("role", out _));

        var client = await _app.SignedInAsync("client@demo.portal");
        await (await PlayAsync(client, Template, new { role = "LegalTeam" })).JsonAsync(HttpStatusCode.Forbidden);
        await (await PlayAsync(admin, "no-such-workflow", new { role = "LegalTeam" })).JsonAsync(HttpStatusCode.NotFound);

        // Holes a hand-written body can carry are named, never a server error.
        var blankStep = await (await PlayAsync(admin, Template, new { role = "LegalTeam", fired = new object?[] { null } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(blankStep.GetProperty("errors").TryGetProperty("fired[0]", out _));
        var noStates = await (await PlayAsync(admin, Template, new { definition = new { key = Template, initialState = "Draft", states = (object?)null, transitions = Array.Empty<object>() }, role = "LegalTeam" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("definition-malformed", noStates.GetProperty("code").GetString());
        var emptyState = await (await PlayAsync(admin, Template, new { definition = new { key = Template, initialState = "Draft", states = new object?[] { null }, transitions = Array.Empty<object>() }, role = "LegalTeam" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(emptyState.GetProperty("errors").TryGetProperty("$.states[0]", out _), emptyState.ToString());
    }
}
