using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;
using static WorkflowPortal.Api.Tests.Processes.MigrationApi;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class MigrationTaskTests : IAsyncLifetime
{
    const string Key = "contract-request";
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    // A contract waiting for the lawyer's approval (one step), the lawyer also its signer.
    static async Task<(Guid Contract, Guid Instance)> InApprovalAsync(HttpClient client, HttpClient lawyer, Guid lawyerId, string subject)
    {
        var id = await SubmitRequestAsync(client, subject);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/approval-plan",
            new { steps = new[] { new { mode = "all", approvers = new[] { lawyerId } } } })).EnsureSuccessStatusCode();
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/signer-plan", new { signers = new[] { lawyerId } })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "StartDrafting");
        await FireAsync(lawyer, id, "ShareDraft");
        var contract = await FireAsync(client, id, "ConfirmDraft");
        Assert.Equal("Approval", State(contract));
        return (id, contract.GetProperty("workflowInstanceId").GetGuid());
    }

    [Fact]
    public async Task Open_approvals_are_kept_for_an_approval_state_and_cancelled_with_a_notice_otherwise()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var lawyerId = await UserIdAsync(lawyer);
        var kept = await InApprovalAsync(client, lawyer, lawyerId, "Distribution agreement");
        var cancelled = await InApprovalAsync(client, lawyer, lawyerId, "Supply agreement");
        await PublishAsync(admin, Key, d => d["states"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == "Drafting")!["label"]!["en"] = "Drafting by the firm");

        // Approval maps to Approval by name: the open approval is kept.
        var same = await (await DryRunAsync(admin, Key, 1, 2)).JsonAsync(HttpStatusCode.OK);
        var keptTask = Assert.Single(Row(same, kept.Instance).GetProperty("tasks").EnumerateArray());
        Assert.True(keptTask.GetProperty("kept").GetBoolean());
        Assert.Equal("Pending", Text(keptTask, "status"));
        await (await ApplyAsync(admin, Key, same, choose: r => r.GetProperty("instanceId").GetGuid() == kept.Instance)).JsonAsync(HttpStatusCode.OK);

        // Approval mapped to Drafting, an ordinary state: the open approval is cancelled.
        var toDrafting = new Dictionary<string, string> { ["Approval"] = "Drafting" };
        var other = await (await DryRunAsync(admin, Key, 1, 2, toDrafting)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([cancelled.Instance], other.GetProperty("instances").EnumerateArray().Select(r => r.GetProperty("instanceId").GetGuid()));
        Assert.False(Assert.Single(Row(other, cancelled.Instance).GetProperty("tasks").EnumerateArray()).GetProperty("kept").GetBoolean());
        await (await ApplyAsync(admin, Key, other, toDrafting)).JsonAsync(HttpStatusCode.OK);

        var stillOpen = Assert.Single(await ApprovalsAsync(lawyer, kept.Contract));
        Assert.Equal("Pending", Text(stillOpen, "status"));
        Assert.Equal("Approval", State(await GetAsync(lawyer, $"/api/v1/contracts/{kept.Contract}")));
        var gone = Assert.Single(await ApprovalsAsync(lawyer, cancelled.Contract));
        Assert.Equal("Cancelled", Text(gone, "status"));
        Assert.Equal("Drafting", State(await GetAsync(client, $"/api/v1/contracts/{cancelled.Contract}")));
        var notices = await GetAsync(lawyer, "/api/v1/notifications");
        Assert.Single(notices.GetProperty("items").EnumerateArray(), n => Text(n, "title").Contains("is no longer needed", StringComparison.Ordinal));

        // The kept approval still decides: approving moves the contract on, on version 2.
        (await DecideAsync(lawyer, stillOpen.GetProperty("id").GetGuid(), approve: true)).EnsureSuccessStatusCode();
        var moved = await GetAsync(lawyer, $"/api/v1/workflow-instances/{kept.Instance}");
        Assert.Equal("Signature", Text(moved, "state"));
        Assert.Equal(2, moved.GetProperty("definitionVersion").GetInt32());
    }
}
