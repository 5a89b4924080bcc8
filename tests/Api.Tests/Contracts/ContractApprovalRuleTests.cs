using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Processes.Deadlines;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

// The shipped contract-from-template workflow: the board (the administrators) joins the internal
// approval above a contract value of 500,000, whatever plan the lawyer made; changing the value
// while approvals are open starts them again, and the history says why.
public sealed class ContractApprovalRuleTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Workflows:DeadlinePollInterval"] = "01:00:00" });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static Dictionary<string, string> Particulars(string value) =>
        new() { ["counterpartyName"] = "Falcon Logistics LLC", ["contractValue"] = value, ["startDate"] = "2027-01-01" };

    static async Task<string[]> StepsAsync(HttpClient lawyer, Guid id) =>
        [.. (await ApprovalsAsync(lawyer, id)).Select(a => $"{a.GetProperty("step").GetInt32()}:{a.GetProperty("assigneeName").GetString()}:{a.GetProperty("status").GetString()}")];

    [Fact]
    public async Task The_board_joins_above_the_limit_and_a_changed_value_restarts_the_approvals()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitTemplateAsync(client);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/assignee", new { lawyerId = await UserIdAsync(lawyer) })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "Generate", fields: Particulars("120000"));
        Assert.Equal("Approval", State(await FireAsync(lawyer, id, "SubmitForApproval")));

        // 120,000: the reviewing lawyer, then the legal team; no board.
        var below = await ApprovalsAsync(lawyer, id);
        Assert.Equal([1, 2], below.Select(a => a.GetProperty("step").GetInt32()).Distinct());
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(lawyer, below[0].GetProperty("id").GetGuid(), true, "Fine")).StatusCode);

        // Raised to 600,000: the lawyer's approval no longer stands, and the board is a third step.
        await FireAsync(lawyer, id, "ReviseValue", "The client agreed a larger scope.", Particulars("600000"));
        var above = await ApprovalsAsync(lawyer, id);
        Assert.Equal([1, 2, 3], above.Select(a => a.GetProperty("step").GetInt32()).Distinct());
        Assert.Equal("Pending", above[0].GetProperty("status").GetString());
        Assert.Contains(above, a => a.GetProperty("step").GetInt32() == 3 && a.GetProperty("assigneeName").GetString() == "Portal Administrator");
        var history = (await GetAsync(lawyer, $"/api/v1/contracts/{id}")).GetProperty("history").EnumerateArray().Last();
        Assert.Equal("ReviseValue", history.GetProperty("trigger").GetString());
        Assert.Contains("Approvals restarted: Contract value changed", history.GetProperty("reason").GetProperty("en").GetString());
        Assert.Contains("قيمة العقد", history.GetProperty("reason").GetProperty("ar").GetString());

        // Back under the limit: two steps again.
        await FireAsync(lawyer, id, "ReviseValue", "Scope reduced.", Particulars("90000"));
        Assert.Equal([1, 2], (await ApprovalsAsync(lawyer, id)).Select(a => a.GetProperty("step").GetInt32()).Distinct());
    }

    [Fact]
    public async Task An_approval_left_waiting_reminds_whoever_holds_it_then_goes_to_the_administrators()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitTemplateAsync(client);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/assignee", new { lawyerId = await UserIdAsync(lawyer) })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "Generate", fields: Particulars("120000"));
        await FireAsync(lawyer, id, "SubmitForApproval");
        var reference = (await GetAsync(lawyer, $"/api/v1/contracts/{id}")).GetProperty("reference").GetString()!;

        // Nine calendar days hold at least five working days wherever they start.
        _app.Clock.Advance(TimeSpan.FromDays(9));
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DeadlineRuns>().FireDueAsync(CancellationToken.None);

        lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        Assert.Single(await TitlesAsync(lawyer, $"Reminder: {reference}"));
        Assert.Empty(await TitlesAsync(lawyer, $"Escalated: {reference}"));
        Assert.Single(await TitlesAsync(admin, $"Escalated: {reference}"));
        // The client holds no approval and hears of neither.
        client = await _app.SignedInAsync("client@demo.portal");
        Assert.Empty(await TitlesAsync(client, $"Reminder: {reference}"));
    }

    static async Task<List<string>> TitlesAsync(HttpClient person, string startsWith) =>
        [.. (await (await person.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(n => Shown.Text(n.GetProperty("title").GetString())).Where(t => t.StartsWith(startsWith, StringComparison.Ordinal))];

    [Fact]
    public async Task A_lawyers_own_plan_does_not_skip_the_board()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitTemplateAsync(client);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/approval-plan", new
        {
            steps = new[] { new { mode = "all", approvers = new[] { await UserIdAsync(lawyer) } } },
        })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "Generate", fields: Particulars("750000"));
        await FireAsync(lawyer, id, "SubmitForApproval");
        var steps = await ApprovalsAsync(lawyer, id);
        Assert.Equal([1, 2], steps.Select(a => a.GetProperty("step").GetInt32()).Distinct());
        Assert.Equal("Portal Administrator", steps.Last().GetProperty("assigneeName").GetString());
    }
}
