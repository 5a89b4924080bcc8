using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Approvals;

public class ApprovalTests
{
    // Step 1: the lawyer and the partner must both approve; step 2: the head of legal or the admin.
    static readonly ApprovalStepPlan[] TwoSteps =
    [
        new(ApprovalMode.All, [People.Lawyer.AsAssignee(), People.Partner.AsAssignee()]),
        new(ApprovalMode.Any, [People.HeadOfLegal.AsAssignee(), People.Admin.AsAssignee()]),
    ];

    static async Task<(TestEngine Engine, Guid Id)> InApproval(params ApprovalStepPlan[] steps)
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        var submitted = await engine.MustFireAsync(id, People.Client, "Submit");
        var start = Assert.IsType<StartApprovals>(Assert.Single(submitted.Effects));
        Assert.Equal(["LegalTeam"], start.DefaultSteps.Single().Approvers);
        await engine.StartApprovalsAsync(id, steps.Length == 0 ? TwoSteps : steps);
        return (engine, id);
    }

    static async Task<List<ApprovalTask>> Tasks(TestEngine engine, Guid id)
    {
        await using var db = engine.NewDb();
        return await db.Set<ApprovalTask>().Where(t => t.InstanceId == id).OrderBy(t => t.Visit).ThenBy(t => t.Step).ThenBy(t => t.AssigneeId).ToListAsync();
    }

    [Fact]
    public async Task Steps_run_in_order_and_a_later_approver_waits()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.HeadOfLegal, "Approve")).Error);
        var tasks = await Tasks(engine, id);
        Assert.All(tasks.Where(t => t.Step == 1), t => Assert.Equal(WorkflowTaskStatus.Pending, t.Status));
        Assert.All(tasks.Where(t => t.Step == 2), t => Assert.Equal(WorkflowTaskStatus.Waiting, t.Status));
    }

    [Fact]
    public async Task An_all_step_waits_for_every_approver()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        var first = await engine.MustFireAsync(id, People.Lawyer, "Approve", "Fine by me.");
        Assert.False(first.Moved);
        Assert.Empty(first.Effects);
        Assert.Equal("Approval", await engine.StateAsync(id));

        var second = await engine.MustFireAsync(id, People.Partner, "Approve");
        var notify = Assert.IsType<NotifyAssignees>(Assert.Single(second.Effects));
        Assert.Equal([People.HeadOfLegal.UserId, People.Admin.UserId], notify.People.Select(p => p.UserId));
        Assert.Equal("Approval", await engine.StateAsync(id));
    }

    [Fact]
    public async Task The_last_approval_moves_the_instance_on_and_an_any_step_needs_one()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Lawyer, "Approve");
        await engine.MustFireAsync(id, People.Partner, "Approve");
        var last = await engine.MustFireAsync(id, People.Admin, "Approve", "Approved for signature.");

        Assert.True(last.Moved);
        Assert.Equal("Signing", await engine.StateAsync(id));
        Assert.Contains(last.Effects, e => e is StartSignatures { State: "Signing" });
        var tasks = await Tasks(engine, id);
        Assert.Equal(WorkflowTaskStatus.Skipped, tasks.Single(t => t.AssigneeId == People.HeadOfLegal.UserId).Status);
        Assert.Equal("Approved for signature.", tasks.Single(t => t.AssigneeId == People.Admin.UserId).Comment);
        var history = (await engine.ViewAsync(id)).History;
        Assert.Equal(["Start", "Submit", "Approve", "Approve", "Approve"], history.Select(h => h.Trigger));
        Assert.Equal(("Approval", "Signing"), (history[^1].From, history[^1].To));
    }

    [Fact]
    public async Task A_rejection_follows_the_rejection_transition_and_closes_the_round()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Lawyer, "Approve");
        Assert.IsType<Invalid>((await engine.FireAsync(id, People.Partner, "Reject")).Error);
        var rejected = await engine.MustFireAsync(id, People.Partner, "Reject", "Clause 7 exposes the client.");

        Assert.Equal("Draft", rejected.Instance.State);
        var tasks = await Tasks(engine, id);
        Assert.Equal(WorkflowTaskStatus.Rejected, tasks.Single(t => t.AssigneeId == People.Partner.UserId).Status);
        Assert.All(tasks.Where(t => t.Step == 2), t => Assert.Equal(WorkflowTaskStatus.Cancelled, t.Status));
    }

    [Fact]
    public async Task A_persons_inbox_holds_only_the_tasks_whose_turn_has_come()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await using (var db = engine.NewDb())
        {
            Assert.Equal(id, Assert.Single(await engine.Runner.GetPendingTasksAsync(db, People.Lawyer.UserId)).InstanceId);
            Assert.Empty(await engine.Runner.GetPendingTasksAsync(db, People.HeadOfLegal.UserId));
        }
        await engine.MustFireAsync(id, People.Lawyer, "Approve");
        await engine.MustFireAsync(id, People.Partner, "Approve");
        await using (var db = engine.NewDb())
        {
            Assert.Empty(await engine.Runner.GetPendingTasksAsync(db, People.Lawyer.UserId));
            Assert.Equal(2, Assert.Single(await engine.Runner.GetPendingTasksAsync(db, People.HeadOfLegal.UserId)).Step);
        }
    }

    [Fact]
    public async Task An_approver_decides_once()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Lawyer, "Approve");
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Lawyer, "Approve")).Error);
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Counterparty, "Approve")).Error);
    }

    [Fact]
    public async Task A_second_visit_to_the_approval_state_starts_a_fresh_round()
    {
        var (engine, id) = await InApproval(new ApprovalStepPlan(ApprovalMode.All, [People.Partner.AsAssignee()]));
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Partner, "Reject", "Not yet.");
        await engine.MustFireAsync(id, People.Client, "Submit");
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Partner, "Approve")).Error);

        await engine.StartApprovalsAsync(id, new ApprovalStepPlan(ApprovalMode.All, [People.Partner.AsAssignee()]));
        await engine.MustFireAsync(id, People.Partner, "Approve");
        Assert.Equal("Signing", await engine.StateAsync(id));
        Assert.Equal([WorkflowTaskStatus.Rejected, WorkflowTaskStatus.Approved], (await Tasks(engine, id)).Select(t => t.Status));
    }

    [Fact]
    public async Task Approvals_start_once_per_visit_and_only_in_an_approval_state()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await using (var db = engine.NewDb())
            Assert.IsType<Conflict>((await engine.Runner.StartApprovalsAsync(db, id, TwoSteps)).Error);
        await using (var db = engine.NewDb())
            Assert.IsType<Invalid>((await engine.Runner.StartApprovalsAsync(db, id, [new(ApprovalMode.All, [])])).Error);

        var other = await engine.StartAsync(Sample.Key);
        await using (var db = engine.NewDb())
            Assert.IsType<Conflict>((await engine.Runner.StartApprovalsAsync(db, other, TwoSteps)).Error);
    }

    [Fact]
    public async Task The_domain_can_start_approvals_in_the_same_unit_of_work_as_the_fire()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        await using (var db = engine.NewDb())
        {
            var fired = (await engine.Runner.FireAsync(db, id, People.Client, new FireCommand("Submit"))).Value;
            var start = fired.Effects.OfType<StartApprovals>().Single();
            var started = await engine.Runner.StartApprovalsAsync(db, id, [new(ApprovalMode.Any, [People.Partner.AsAssignee()])]);
            Assert.Equal([People.Partner.UserId], started.Value.Notify.People.Select(p => p.UserId));
            Assert.Equal("Approval", start.State);
            Assert.True((await engine.Runner.SaveAsync(db)).IsSuccess);
        }
        await engine.MustFireAsync(id, People.Partner, "Approve");
        Assert.Equal("Signing", await engine.StateAsync(id));
    }

    [Fact]
    public async Task Leaving_the_approval_state_another_way_cancels_the_open_tasks()
    {
        var (engine, id) = await InApproval();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Admin, "Cancel");
        Assert.All(await Tasks(engine, id), t => Assert.Equal(WorkflowTaskStatus.Cancelled, t.Status));
    }
}
