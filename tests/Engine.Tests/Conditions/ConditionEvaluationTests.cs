using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using Op = WorkflowPortal.Engine.Conditions.ConditionOperator;

namespace WorkflowPortal.Engine.Tests.Conditions;

// Every operator on every type it applies to, with a present, a different and a missing value.
public class ConditionEvaluationTests
{
    static readonly WorkflowDefinition Definition = new("conditions", "A", [], [])
    {
        Fields =
        [
            new("title") { Type = FieldType.Text },
            new("amount") { Type = FieldType.Number },
            new("value") { Type = FieldType.Money },
            new("hearingDate") { Type = FieldType.Date },
            new("area") { Type = FieldType.Choice, Options = ["employment", "commercial", "tax"] },
            new("urgent") { Type = FieldType.YesNo },
        ],
    };

    // field, stored value (null = missing), operator, constant, expected
    public static TheoryData<string, string?, Op, object?, bool> Cases => new()
    {
        // text
        { "title", "Lease dispute", Op.EqualTo, "lease dispute", true },
        { "title", "Lease dispute", Op.EqualTo, "Lease", false },
        { "title", null, Op.EqualTo, "Lease", false },
        { "title", "Lease dispute", Op.NotEqualTo, "Lease", true },
        { "title", "Lease", Op.NotEqualTo, "lease", false },
        { "title", null, Op.NotEqualTo, "Lease", false },
        { "title", "Lease dispute", Op.Contains, "DISPUTE", true },
        { "title", "Lease dispute", Op.Contains, "tax", false },
        { "title", null, Op.Contains, "tax", false },
        { "title", "Lease", Op.OneOf, new[] { "lease", "loan" }, true },
        { "title", "Merger", Op.OneOf, new[] { "lease", "loan" }, false },
        { "title", null, Op.OneOf, new[] { "lease" }, false },
        { "title", null, Op.IsEmpty, null, true },
        { "title", "  ", Op.IsEmpty, null, true },
        { "title", "x", Op.IsEmpty, null, false },
        { "title", "x", Op.NotEmpty, null, true },
        { "title", null, Op.NotEmpty, null, false },
        // number
        { "amount", "10", Op.EqualTo, 10, true },
        { "amount", "10.00", Op.EqualTo, 10, true },
        { "amount", "11", Op.EqualTo, 10, false },
        { "amount", null, Op.EqualTo, 10, false },
        { "amount", "11", Op.NotEqualTo, 10, true },
        { "amount", null, Op.NotEqualTo, 10, false },
        { "amount", "11", Op.GreaterThan, 10, true },
        { "amount", "10", Op.GreaterThan, 10, false },
        { "amount", null, Op.GreaterThan, 10, false },
        { "amount", "9.5", Op.LessThan, 10, true },
        { "amount", "10", Op.LessThan, 10, false },
        { "amount", null, Op.LessThan, 10, false },
        { "amount", "10", Op.Between, new[] { 10, 20 }, true },
        { "amount", "20", Op.Between, new[] { 10, 20 }, true },
        { "amount", "20.01", Op.Between, new[] { 10, 20 }, false },
        { "amount", null, Op.Between, new[] { 10, 20 }, false },
        { "amount", "3", Op.OneOf, new[] { 1, 2, 3 }, true },
        { "amount", "4", Op.OneOf, new[] { 1, 2, 3 }, false },
        { "amount", "not a number", Op.GreaterThan, 1, false },
        { "amount", null, Op.IsEmpty, null, true },
        { "amount", "0", Op.IsEmpty, null, false },
        // money
        { "value", "500000.01", Op.GreaterThan, 500000, true },
        { "value", "500000", Op.GreaterThan, 500000, false },
        { "value", "250000", Op.Between, new[] { 100000, 500000 }, true },
        { "value", null, Op.Between, new[] { 100000, 500000 }, false },
        { "value", "99", Op.LessThan, "100", true },
        { "value", null, Op.NotEmpty, null, false },
        // date
        { "hearingDate", "2026-05-01", Op.EqualTo, "2026-05-01", true },
        { "hearingDate", "2026-05-02", Op.NotEqualTo, "2026-05-01", true },
        { "hearingDate", "2026-04-30", Op.Before, "2026-05-01", true },
        { "hearingDate", "2026-05-01", Op.Before, "2026-05-01", false },
        { "hearingDate", null, Op.Before, "2026-05-01", false },
        { "hearingDate", "2026-05-02", Op.After, "2026-05-01", true },
        { "hearingDate", "2026-05-01", Op.After, "2026-05-01", false },
        { "hearingDate", null, Op.After, "2026-05-01", false },
        { "hearingDate", "2026-05-15", Op.Between, new[] { "2026-05-01", "2026-05-31" }, true },
        { "hearingDate", "2026-06-01", Op.Between, new[] { "2026-05-01", "2026-05-31" }, false },
        { "hearingDate", null, Op.IsEmpty, null, true },
        // choice (single and multiple)
        { "area", "employment", Op.EqualTo, "employment", true },
        { "area", "tax", Op.EqualTo, "employment", false },
        { "area", null, Op.EqualTo, "employment", false },
        { "area", "tax", Op.NotEqualTo, "employment", true },
        { "area", "tax", Op.OneOf, new[] { "tax", "commercial" }, true },
        { "area", "employment", Op.OneOf, new[] { "tax", "commercial" }, false },
        { "area", "employment|tax", Op.Contains, "tax", true },
        { "area", "employment|tax", Op.EqualTo, "tax", false },
        { "area", "employment", Op.Contains, "employ", false },
        { "area", null, Op.Contains, "tax", false },
        // yes/no
        { "urgent", "true", Op.EqualTo, true, true },
        { "urgent", "false", Op.EqualTo, true, false },
        { "urgent", null, Op.EqualTo, true, false },
        { "urgent", "false", Op.NotEqualTo, true, true },
        { "urgent", null, Op.NotEqualTo, true, false },
        { "urgent", null, Op.IsEmpty, null, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_operator_compares_by_the_fields_type(string field, string? stored, Op op, object? constant, bool expected)
    {
        var type = Definition.FindField(field)!.Type;
        var data = stored is null ? InstanceData.Empty
            : InstanceData.From([new(field, new InstanceValue(type, stored.Split('|')))]);
        var condition = CompiledCondition.Compile(Condition.Leaf(field, op, constant), Definition);
        Assert.Equal(expected, condition.Holds(data));
    }

    [Fact]
    public void All_and_any_groups_combine_their_conditions()
    {
        var data = InstanceData.From([
            new("value", InstanceValue.Of(FieldType.Money, "750000")),
            new("area", InstanceValue.Of(FieldType.Choice, "commercial")),
        ]);
        var board = Condition.AllOf(Condition.Leaf("value", Op.GreaterThan, 500000), Condition.AnyOf(
            Condition.Leaf("area", Op.EqualTo, "tax"), Condition.Leaf("area", Op.EqualTo, "commercial")));
        var neither = Condition.AllOf(Condition.Leaf("value", Op.GreaterThan, 500000), Condition.Leaf("urgent", Op.EqualTo, true));
        Assert.True(CompiledCondition.Compile(board, Definition).Holds(data));
        Assert.False(CompiledCondition.Compile(neither, Definition).Holds(data));
        Assert.True(CompiledCondition.Compile(Condition.AnyOf(neither, board), Definition).Holds(data));
    }
}
