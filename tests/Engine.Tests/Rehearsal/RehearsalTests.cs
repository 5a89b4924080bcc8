using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Rehearsal;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Conditions;
using WorkflowPortal.Engine.Tests.Deadlines;

namespace WorkflowPortal.Engine.Tests.Rehearsal;

// A test run is the runner's Decide replayed in memory: these pin what the designer panel shows.
public class RehearsalTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    static WorkflowDefinition Parse(string json) => WorkflowJson.Parse(json).Value;

    static WorkflowResult<RehearsalView> Play(WorkflowDefinition definition, string role, Dictionary<string, string>? data, params RehearsalStep[] fired) =>
        new WorkflowRehearsal().Play(definition, new RehearsalRequest(role, data, fired, Now));

    [Theory]
    [InlineData("750000", "BoardApproval", 0)]
    [InlineData("1200", "Approval", 1)]
    public void The_sample_value_chooses_the_branch_and_says_why(string value, string expected, int chosen)
    {
        var run = Play(Parse(Routed.Json), WorkflowRoles.LegalTeam, new() { ["contractValue"] = value }, new RehearsalStep("SubmitForApproval"));

        Assert.True(run.IsSuccess, run.Error?.Message);
        Assert.Equal(expected, run.Value.State);
        var step = run.Value.Steps[^1];
        Assert.Equal(("Prepared", expected), (step.From, step.To));
        Assert.Equal(2, step.Branches.Count);
        Assert.Equal(chosen, step.Branches.ToList().FindIndex(b => b.Chosen));
        Assert.Equal("contractValue", step.Branches[0].When?.All?[0].Field);
        Assert.Equal(chosen == 0, step.Branches[0].Holds);
        Assert.Null(step.Branches[1].When);
        Assert.Contains(run.Value.Permitted, a => a.Trigger == "Finish");
    }

    [Fact]
    public void A_role_the_transition_does_not_allow_is_refused_with_the_reason()
    {
        var definition = Parse(Routed.Json);
        var run = Play(definition, WorkflowRoles.Requester, new() { ["contractValue"] = "10" });

        Assert.True(run.IsSuccess, run.Error?.Message);
        Assert.Empty(run.Value.Permitted);
        var refused = Assert.Single(run.Value.Refused);
        Assert.Equal(("SubmitForApproval", "Role"), (refused.Trigger, refused.Reason));
        Assert.Equal([WorkflowRoles.LegalTeam], refused.Missing);

        var fired = Play(definition, WorkflowRoles.Requester, null, new RehearsalStep("SubmitForApproval"));
        var invalid = Assert.IsType<Invalid>(fired.Error);
        Assert.Contains("fired[0]", invalid.Errors.Keys);
        Assert.Contains("Step 1", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_guard_is_named_and_holding_it_permits_the_action()
    {
        var root = Routed.Node();
        root.Branch(2)["guards"] = new JsonArray("FeePaid");
        var definition = Parse(root.ToJsonString());
        var steps = new[] { new RehearsalStep("SubmitForApproval") };

        var without = Play(definition, WorkflowRoles.LegalTeam, null, steps);
        var refused = Assert.Single(without.Value.Refused);
        Assert.Equal(("Finish", "Guard"), (refused.Trigger, refused.Reason));
        Assert.Equal(["FeePaid"], refused.Missing);

        var with = new WorkflowRehearsal().Play(definition, new RehearsalRequest(WorkflowRoles.LegalTeam, null, steps, Now) { Guards = ["FeePaid"] });
        Assert.Contains(with.Value.Permitted, a => a.Trigger == "Finish");
    }

    [Fact]
    public void Deadlines_that_would_be_set_are_listed_with_their_due_time()
    {
        var hearing = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(30);
        var run = Play(Parse(Timed.Json), WorkflowRoles.LegalTeam, new() { ["hearingDate"] = hearing.ToString("yyyy-MM-dd") }, new RehearsalStep("Ask"));

        Assert.True(run.IsSuccess, run.Error?.Message);
        var set = run.Value.Steps[^1].DeadlinesSet;
        Assert.Equal(3, set.Count);
        Assert.Equal(Now.AddSeconds(10), set[0].DueAt);
        Assert.Equal(["Requester"], set[0].Remind);
        Assert.Equal("Close", set[1].Fire);
        Assert.Equal(WorkingCalendar.MondayToFriday.Add(Now, IsoDuration.Parse("P14D")!, business: true), set[1].DueAt);
        Assert.Equal(["head@firm.example"], set[2].Escalate);
        Assert.Equal(hearing.AddDays(-7), DateOnly.FromDateTime(set[2].DueAt.UtcDateTime));
        Assert.Equal(3, run.Value.Deadlines.Count);

        // Leaving the state cancels them, as a real instance does.
        var answered = Play(Parse(Timed.Json), WorkflowRoles.LegalTeam, null, new RehearsalStep("Ask"), new RehearsalStep("Answer"));
        Assert.IsType<Invalid>(answered.Error);
        var closed = Play(Parse(Timed.Json), WorkflowRoles.LegalTeam, null, new RehearsalStep("Ask"), new RehearsalStep("Close"));
        Assert.Empty(closed.Value.Deadlines);
        Assert.True(closed.Value.Completed);
    }

    [Fact]
    public void Notifications_and_documents_the_step_declares_are_listed()
    {
        var root = Routed.Node();
        root.Branch(2)["notify"] = new JsonArray("Requester");
        var run = Play(Parse(root.ToJsonString()), WorkflowRoles.LegalTeam, null, new RehearsalStep("SubmitForApproval"), new RehearsalStep("Finish"));

        Assert.True(run.IsSuccess, run.Error?.Message);
        var effects = run.Value.Steps[^1].Effects;
        Assert.Equal(["Requester"], Assert.Single(effects.OfType<NotifyParties>()).Parties);
        Assert.Equal("Done", Assert.Single(effects.OfType<WorkflowCompleted>()).State);
        Assert.Empty(run.Value.Permitted);
    }

    [Fact]
    public void An_approval_state_is_held_by_the_player_and_decided_step_by_step()
    {
        var root = Routed.Node();
        var states = root["states"]!.AsArray();
        states[2]!["kind"] = "approval";
        states[2]!["approval"] = JsonNode.Parse("""[ { "approvers": ["LegalTeam"] }, { "approvers": ["Admin"] } ]""");
        root.Transitions().Add(JsonNode.Parse("""{ "trigger": "Approve", "from": "Approval", "to": "Done", "action": "approve", "label": { "en": "Approve", "ar": "اعتماد" } }"""));
        root.Transitions().Add(JsonNode.Parse("""{ "trigger": "Reject", "from": "Approval", "to": "Prepared", "action": "reject", "requires": ["comment"], "label": { "en": "Reject", "ar": "رفض" } }"""));
        var definition = Parse(root.ToJsonString());
        Assert.Empty(WorkflowValidator.Validate(definition));

        var first = Play(definition, WorkflowRoles.LegalTeam, null, new RehearsalStep("SubmitForApproval"), new RehearsalStep("Approve"));
        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.Equal("Approval", first.Value.State);
        Assert.Equal(["Approved", "Pending"], first.Value.Tasks.Select(t => t.Status));

        var done = Play(definition, WorkflowRoles.LegalTeam, null, new RehearsalStep("SubmitForApproval"), new RehearsalStep("Approve"), new RehearsalStep("Approve"));
        Assert.Equal("Done", done.Value.State);

        var noComment = Play(definition, WorkflowRoles.LegalTeam, null, new RehearsalStep("SubmitForApproval"), new RehearsalStep("Reject"));
        Assert.Contains("comment", Assert.IsType<Invalid>(noComment.Error).Errors.Keys);
    }

    [Fact]
    public void A_sample_value_that_does_not_fit_names_the_field_in_both_languages()
    {
        var run = Play(Parse(Routed.Json), WorkflowRoles.LegalTeam, new() { ["contractValue"] = "lots" });

        var invalid = Assert.IsType<Invalid>(run.Error);
        var message = Assert.Single(invalid.Errors["contractValue"]);
        Assert.Contains("Contract value", message, StringComparison.Ordinal);
        Assert.Contains("قيمة العقد", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_trigger_an_unknown_role_and_an_invalid_draft_are_refused()
    {
        var definition = Parse(Routed.Json);
        Assert.Contains("fired[0]", Assert.IsType<Invalid>(Play(definition, WorkflowRoles.LegalTeam, null, new RehearsalStep("Nope")).Error).Errors.Keys);
        Assert.Contains("role", Assert.IsType<Invalid>(Play(definition, "Janitor", null).Error).Errors.Keys);
        var broken = Routed.Node();
        broken.Branch(0)["to"] = "Nowhere";
        Assert.IsType<Invalid>(Play(Parse(broken.ToJsonString()), WorkflowRoles.LegalTeam, null).Error);
    }
}
