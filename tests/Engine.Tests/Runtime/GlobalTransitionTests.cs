using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Runtime;

public class GlobalTransitionTests
{
    [Fact]
    public async Task A_star_transition_fires_from_every_open_state()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);

        var fromDraft = await engine.StartAsync(Sample.Key);
        var fromApproval = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(fromApproval, People.Client, "Submit");
        var fromSigning = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(fromSigning, People.Client, "Submit");
        await engine.StartApprovalsAsync(fromSigning, new ApprovalStepPlan(ApprovalMode.All, [People.Partner.AsAssignee()]));
        await engine.MustFireAsync(fromSigning, People.Partner, "Approve");

        foreach (var id in new[] { fromDraft, fromApproval, fromSigning })
        {
            var cancelled = await engine.MustFireAsync(id, People.Admin, "Cancel");
            Assert.Contains(cancelled.Effects, e => e is WorkflowCompleted { State: "Cancelled" });
            Assert.Equal("Cancelled", await engine.StateAsync(id));
        }
    }

    [Fact]
    public async Task A_star_transition_does_not_reopen_a_finished_instance()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(id, People.Admin, "Cancel");
        Assert.IsType<Conflict>((await engine.FireAsync(id, People.Admin, "Cancel")).Error);
    }

    [Fact]
    public async Task A_star_transition_keeps_its_roles()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Lawyer, "Cancel")).Error);
    }
}
