using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Runtime;

public class GuardTests
{
    static async Task<(TestEngine Engine, Guid Id)> StartSample(string json = Sample.Json)
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(json);
        return (engine, await engine.StartAsync(Sample.Key));
    }

    static async Task<string[]> ActionsOf(TestEngine engine, Guid id, Actor actor) =>
        [.. (await engine.ViewAsync(id, actor)).Actions.Select(a => a.Trigger)];

    [Fact]
    public async Task Each_person_sees_exactly_the_actions_their_roles_permit()
    {
        var (engine, id) = await StartSample();
        await using var _ = engine;
        Assert.Equal(["Submit"], await ActionsOf(engine, id, People.Client));
        Assert.Equal(["Submit", "Cancel"], await ActionsOf(engine, id, People.Admin));
        Assert.Empty(await ActionsOf(engine, id, People.Counterparty));
    }

    [Fact]
    public async Task A_role_the_transition_does_not_name_is_forbidden()
    {
        var (engine, id) = await StartSample();
        await using var _ = engine;
        var fired = await engine.FireAsync(id, People.Counterparty, "Submit");
        Assert.IsType<Forbidden>(fired.Error);
        Assert.Equal("Draft", await engine.StateAsync(id));
    }

    [Fact]
    public async Task A_trigger_not_possible_in_the_current_state_is_a_conflict()
    {
        var (engine, id) = await StartSample();
        await using var _ = engine;
        Assert.IsType<Conflict>((await engine.FireAsync(id, People.Admin, "Sign")).Error);
        Assert.IsType<Conflict>((await engine.FireAsync(id, People.Admin, "NoSuchTrigger")).Error);
    }

    [Fact]
    public async Task An_unknown_instance_is_not_found()
    {
        await using var engine = await TestEngine.SqliteAsync();
        Assert.IsType<NotFound>((await engine.FireAsync(Guid.NewGuid(), People.Admin, "Submit")).Error);
    }

    [Fact]
    public async Task A_requester_allowed_to_approve_is_rejected_by_the_validator_and_still_refused_at_run_time()
    {
        var root = Sample.Node();
        root.Transition("Approve")["allowed"] = new System.Text.Json.Nodes.JsonArray("Requester");
        var json = root.ToJsonString();
        Assert.Contains(WorkflowValidator.Validate(root.Parse()), m => m.Code == "decision-open-to-client");

        await using var engine = await TestEngine.SqliteAsync();
        await using (var db = engine.NewDb())
        {
            await engine.Definitions.SaveDraftAsync(db, json);
            var refused = Assert.IsType<Invalid>((await engine.Definitions.PublishAsync(db, Sample.Key)).Error);
            Assert.Contains("transitions[Approve]", refused.Errors.Keys);
        }

        await engine.ForcePublishAsync(json);
        var id = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(id, People.Client, "Submit");
        // Even the domain wrongly naming the client as approver does not let them decide.
        await engine.StartApprovalsAsync(id, new ApprovalStepPlan(ApprovalMode.All, [People.Client.AsAssignee()]));

        Assert.DoesNotContain("Approve", await ActionsOf(engine, id, People.Client));
        var fired = await engine.FireAsync(id, People.Client, "Approve");
        Assert.Equal("client-cannot-decide", Assert.IsType<Forbidden>(fired.Error).Code);
        Assert.Equal("Approval", await engine.StateAsync(id));
        await using var check = engine.NewDb();
        Assert.Equal(2, await check.Set<WorkflowHistoryEntry>().CountAsync(h => h.InstanceId == id));
    }

    [Fact]
    public async Task A_decision_in_disguise_is_refused_to_a_client_at_run_time()
    {
        var root = Sample.Node().AddTransition(
            """{ "trigger": "ApproveContract", "from": "Draft", "to": "Done", "allowed": ["Requester", "LegalTeam"], "label": { "en": "Approve", "ar": "اعتماد" } }""");
        await using var engine = await TestEngine.SqliteAsync();
        await engine.ForcePublishAsync(root.ToJsonString());
        var id = await engine.StartAsync(Sample.Key);

        Assert.DoesNotContain("ApproveContract", await ActionsOf(engine, id, People.Client));
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Client, "ApproveContract")).Error);
        await engine.MustFireAsync(id, People.Partner, "ApproveContract");
    }

    [Fact]
    public async Task Client_cannot_reject_even_when_assigned()
    {
        var (engine, id) = await StartSample();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Client, "Submit");
        await engine.StartApprovalsAsync(id, new ApprovalStepPlan(ApprovalMode.Any, [People.ClientColleague.AsAssignee(), People.Partner.AsAssignee()]));
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.ClientColleague, "Reject", "No.")).Error);
        Assert.Equal(["Approve", "Reject"], await ActionsOf(engine, id, People.Partner));
    }

    [Fact]
    public async Task Named_guards_must_hold_for_the_actor()
    {
        var root = Sample.Node();
        root.Transition("Submit")["guards"] = new System.Text.Json.Nodes.JsonArray("FeePaid");
        var (engine, id) = await StartSample(root.ToJsonString());
        await using var _ = engine;
        Assert.IsType<Forbidden>((await engine.FireAsync(id, People.Client, "Submit")).Error);
        await engine.MustFireAsync(id, People.Client with { Guards = ["FeePaid"] }, "Submit");
        Assert.Equal("Approval", await engine.StateAsync(id));
    }
}
