using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Conditions;

// An approval step with a condition joins the round only while it holds on the instance's data:
// the finance step above 500,000, the legal step always.
public class ConditionalApproverTests
{
    const string Definition = """
    {
      "key": "routed", "name": { "en": "Finance above a limit", "ar": "المالية فوق حد" }, "initialState": "Prepared",
      "fields": [ { "name": "contractValue", "type": "money", "label": { "en": "Contract value", "ar": "قيمة العقد" } } ],
      "states": [
        { "name": "Prepared", "category": "Open", "label": { "en": "Prepared", "ar": "معدّ" } },
        { "name": "Approval", "category": "InProgress", "kind": "approval", "label": { "en": "Approval", "ar": "الاعتماد" },
          "approval": [
            { "approvers": ["LegalTeam"], "label": { "en": "Legal", "ar": "القانونية" } },
            { "approvers": ["Admin"], "label": { "en": "Finance", "ar": "المالية" },
              "when": { "field": "contractValue", "op": "gt", "value": 500000 } } ] },
        { "name": "Done", "category": "Done", "final": true, "label": { "en": "Done", "ar": "منجز" } },
        { "name": "Rejected", "category": "Done", "final": true, "label": { "en": "Rejected", "ar": "مرفوض" } }
      ],
      "transitions": [
        { "trigger": "SubmitForApproval", "from": "Prepared", "to": "Approval", "allowed": ["LegalTeam"], "label": { "en": "Submit", "ar": "تقديم" } },
        { "trigger": "Approve", "from": "Approval", "to": "Done", "action": "approve", "label": { "en": "Approve", "ar": "اعتماد" } },
        { "trigger": "Reject", "from": "Approval", "to": "Rejected", "action": "reject", "label": { "en": "Reject", "ar": "رفض" } }
      ]
    }
    """;

    [Theory]
    [InlineData("750000", new[] { "Legal", "Finance" })]
    [InlineData("500000", new[] { "Legal" })]
    [InlineData(null, new[] { "Legal" })]
    public async Task The_finance_step_joins_only_above_the_limit(string? value, string[] expected)
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Definition);
        await using var db = engine.NewDb();
        var data = value is null ? InstanceData.Empty : InstanceData.From([new("contractValue", InstanceValue.Of(FieldType.Money, value))]);
        var started = await engine.Runner.StartAsync(db, "routed", new WorkflowSubject("Contract", Guid.NewGuid().ToString()), People.Lawyer, data: data);
        Assert.True((await engine.Runner.SaveAsync(db)).IsSuccess);

        var fired = await engine.MustFireAsync(started.Value.Instance.Id, People.Lawyer, "SubmitForApproval");
        var start = Assert.Single(fired.Effects.OfType<StartApprovals>());
        Assert.Equal(expected, start.DefaultSteps.Select(s => s.Label!.En));
    }
}
