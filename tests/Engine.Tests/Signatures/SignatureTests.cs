using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Signatures;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Signatures;

public class SignatureTests
{
    static async Task<(TestEngine Engine, Guid Id)> InSigning(params Actor[] signers)
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(id, People.Client, "Submit");
        await engine.StartApprovalsAsync(id, new ApprovalStepPlan(ApprovalMode.All, [People.Partner.AsAssignee()]));
        var approved = await engine.MustFireAsync(id, People.Partner, "Approve");
        Assert.Equal(["LegalTeam"], approved.Effects.OfType<StartSignatures>().Single().DefaultSigners);
        await engine.StartSignaturesAsync(id, signers);
        return (engine, id);
    }

    static async Task<List<SignatureTask>> Tasks(TestEngine engine, Guid id)
    {
        await using var db = engine.NewDb();
        return await db.Set<SignatureTask>().Where(t => t.InstanceId == id).OrderBy(t => t.Order).ToListAsync();
    }

    [Fact]
    public async Task Signers_sign_in_order_and_the_last_signature_completes_the_state()
    {
        var (engine, id) = await InSigning(People.Lawyer, People.Counterparty);
        await using var _ = engine;
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Counterparty, "Sign")).Error);

        var first = await engine.MustFireAsync(id, People.Lawyer, "Sign");
        Assert.False(first.Moved);
        Assert.Equal(People.Counterparty.UserId, Assert.IsType<NotifyAssignees>(Assert.Single(first.Effects)).People.Single().UserId);

        engine.Clock.Advance(TimeSpan.FromHours(2));
        var last = await engine.MustFireAsync(id, People.Counterparty, "Sign");
        Assert.Equal("Done", last.Instance.State);
        Assert.Equal(engine.Clock.GetUtcNow(), last.Instance.CompletedAt);
        Assert.Contains(last.Effects, e => e is RenderDocument { Template: "signed" });
        Assert.Contains(last.Effects, e => e is NotifyParties { Parties: ["Requester"] });
        Assert.Contains(last.Effects, e => e is WorkflowCompleted);
        var tasks = await Tasks(engine, id);
        Assert.All(tasks, t => Assert.Equal(WorkflowTaskStatus.Signed, t.Status));
        Assert.True(tasks[1].DecidedAt > tasks[0].DecidedAt);
    }

    [Fact]
    public async Task Declining_follows_the_decline_transition_and_cancels_the_rest()
    {
        var (engine, id) = await InSigning(People.Lawyer, People.Counterparty);
        await using var _ = engine;
        var declined = await engine.MustFireAsync(id, People.Lawyer, "Decline", "Wrong counterparty name.");
        Assert.Equal("Draft", declined.Instance.State);
        Assert.Equal([WorkflowTaskStatus.Declined, WorkflowTaskStatus.Cancelled], (await Tasks(engine, id)).Select(t => t.Status));
    }

    [Fact]
    public async Task Client_cannot_sign_even_when_assigned()
    {
        var (engine, id) = await InSigning(People.ClientColleague, People.Lawyer);
        await using var _ = engine;
        Assert.Equal("client-cannot-decide", Assert.IsType<Forbidden>((await engine.FireAsync(id, People.ClientColleague, "Sign")).Error).Code);
        Assert.Empty((await engine.ViewAsync(id, People.ClientColleague)).Actions);
        Assert.Equal("Signing", await engine.StateAsync(id));
    }

    [Fact]
    public async Task A_collaborator_who_is_not_a_client_signs_when_assigned()
    {
        var (engine, id) = await InSigning(People.Counterparty);
        await using var _ = engine;
        Assert.Equal(["Sign", "Decline"], (await engine.ViewAsync(id, People.Counterparty)).Actions.Select(a => a.Trigger));
        await engine.MustFireAsync(id, People.Counterparty, "Sign");
        Assert.Equal("Done", await engine.StateAsync(id));
    }

    [Fact]
    public async Task The_view_lists_the_signature_tasks_of_the_current_visit()
    {
        var (engine, id) = await InSigning(People.Lawyer, People.Counterparty);
        await using var _ = engine;
        var view = await engine.ViewAsync(id);
        Assert.Equal([WorkflowTaskStatus.Pending, WorkflowTaskStatus.Waiting], view.Tasks.Select(t => t.Status));
        Assert.All(view.Tasks, t => Assert.Equal(StateKind.Signature, t.Kind));
    }
}
