using System.Text.Json.Nodes;

namespace WorkflowPortal.Engine.Tests.Conditions;

// A conditional approver ("finance joins above 500,000") is checked like a transition condition.
public class StepConditionValidationTests
{
    static JsonObject WithStep(string when)
    {
        var root = Routed.Node();
        var state = root["states"]![2]!.AsObject();
        state["kind"] = "approval";
        state["approval"] = JsonNode.Parse($$"""[ { "approvers": ["LegalTeam"] }, { "approvers": ["LegalTeam"], "when": {{when}} } ]""");
        return root;
    }

    [Theory]
    [InlineData("""{ "field": "budget", "op": "gt", "value": 1 }""", "condition-field-unknown")]
    [InlineData("""{ "field": "contractValue", "op": "gt", "value": "many" }""", "condition-value-invalid")]
    [InlineData("""{ "field": "area", "op": "equals", "value": "tax" }""", "condition-value-invalid")]
    public void A_step_condition_on_an_unknown_field_or_a_misfit_value_is_refused(string when, string code)
    {
        var message = Assert.Single(WithStep(when).Validate(), m => m.Code == code);
        Assert.Equal("states[Approval].approval[1].when", message.Element);
        Assert.False(string.IsNullOrWhiteSpace(message.Arabic));
    }

    [Fact]
    public void A_sound_step_condition_raises_no_condition_message() =>
        Assert.DoesNotContain(WithStep("""{ "field": "contractValue", "op": "gt", "value": 500000 }""").Validate(),
            m => m.Code.StartsWith("condition-", StringComparison.Ordinal));
}
