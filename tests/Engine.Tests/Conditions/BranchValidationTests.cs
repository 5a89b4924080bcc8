using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Tests.Conditions;

public class BranchValidationTests
{
    static void AssertReports(JsonObject root, string code, string element)
    {
        var messages = root.Validate();
        var message = Assert.Single(messages, m => m.Code == code && m.Element == element);
        Assert.False(string.IsNullOrWhiteSpace(message.Arabic), $"{code} has no Arabic message");
    }

    static JsonNode When(string json) => JsonNode.Parse(json)!;

    [Fact]
    public void The_routed_definition_is_valid() => Assert.Empty(Routed.Node().Validate());

    [Fact]
    public void A_branched_trigger_without_an_otherwise_branch_is_refused()
    {
        var root = Routed.Node();
        root.Branch(1)["when"] = When("""{ "field": "contractValue", "op": "lt", "value": 100 }""");
        AssertReports(root, "condition-otherwise-missing", "transitions[SubmitForApproval]");
    }

    [Fact]
    public void A_single_conditional_transition_is_refused_too()
    {
        var root = Routed.Node();
        root.Branch(2)["when"] = When("""{ "field": "area", "op": "equals", "value": "employment" }""");
        AssertReports(root, "condition-otherwise-missing", "transitions[Finish]");
    }

    [Fact]
    public void An_otherwise_branch_before_a_conditional_one_is_refused()
    {
        var root = Routed.Node();
        var first = root.Branch(0).DeepClone();
        root.Transitions().RemoveAt(0);
        root.Transitions().Insert(1, first);
        AssertReports(root, "condition-branch-unreachable", "transitions[SubmitForApproval]");
    }

    [Fact]
    public void Two_otherwise_branches_are_ambiguous()
    {
        var root = Routed.Node();
        root.Branch(0).Remove("when");
        Assert.Contains(root.Validate(), m => m.Code == "trigger-ambiguous" && m.Element == "transitions[SubmitForApproval]");
    }

    [Theory]
    [InlineData("""{ "field": "contractValue", "op": "gt", "value": 100000 }""", true)]
    [InlineData("""{ "field": "contractValue", "op": "between", "value": [100000, 500000] }""", false)]
    [InlineData("""{ "field": "contractValue", "op": "between", "value": [100000, 500001] }""", true)]
    [InlineData("""{ "field": "contractValue", "op": "lt", "value": 500000 }""", false)]
    [InlineData("""{ "all": [ { "field": "contractValue", "op": "gt", "value": 1 }, { "field": "area", "op": "equals", "value": "employment" } ] }""", true)]
    [InlineData("""{ "field": "contractValue", "op": "isEmpty" }""", false)]
    [InlineData("""{ "field": "area", "op": "equals", "value": "commercial" }""", true)]
    [InlineData("""{ "field": "contractValue", "op": "notEquals", "value": 3 }""", false)]
    public void Overlaps_that_can_be_proved_are_refused(string second, bool overlaps)
    {
        var root = Routed.Node();
        var branch = root.Branch(0).DeepClone().AsObject();
        branch["to"] = "Approval";
        branch["when"] = When(second);
        root.Transitions().Insert(1, branch);
        var messages = root.Validate();
        Assert.Equal(overlaps, messages.Any(m => m.Code == "condition-overlap"));
    }

    [Theory]
    [InlineData("""{ "field": "fee", "op": "gt", "value": 1 }""", "condition-field-unknown", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "field": "contractValue", "op": "contains", "value": "5" }""", "condition-operator-invalid", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "field": "contractValue", "op": "gt", "value": "lots" }""", "condition-value-invalid", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "field": "contractValue", "op": "between", "value": [9, 1] }""", "condition-value-invalid", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "field": "contractValue", "op": "isEmpty", "value": 1 }""", "condition-value-invalid", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "field": "area", "op": "equals", "value": "space" }""", "condition-value-invalid", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "all": [] }""", "condition-empty", "transitions[SubmitForApproval].when")]
    [InlineData("""{ "any": [ { "field": "contractValue" } ] }""", "condition-operator-missing", "transitions[SubmitForApproval].when.any[0]")]
    [InlineData("""{ "all": [ { "field": "area", "op": "equals", "value": "tax" } ] }""", "condition-value-invalid", "transitions[SubmitForApproval].when.all[0]")]
    public void A_condition_that_cannot_be_evaluated_is_named_in_both_languages(string when, string code, string element)
    {
        var root = Routed.Node();
        root.Branch(0)["when"] = When(when);
        AssertReports(root, code, element);
    }

    [Fact]
    public void A_condition_round_trips_through_json()
    {
        var definition = WorkflowJson.Parse(Routed.Json).Value;
        var written = WorkflowJson.Write(definition);
        var again = WorkflowJson.Parse(written).Value;
        Assert.Equal(written, WorkflowJson.Write(again));
        Assert.Contains("\"op\": \"gt\"", written);
        Assert.Contains("\"value\": 500000", written);
        Assert.Contains("\"options\"", written);
    }
}
