using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Conditions;

// A condition with its constants parsed once per published version. A missing value satisfies
// only `isEmpty`; every other comparison on it is false, so the otherwise-branch takes the case.
// A comparison whose value does not fit its field (possible only in an unvalidated definition) never holds.
public sealed class CompiledCondition
{
    readonly Func<InstanceData, bool> _holds;

    CompiledCondition(Func<InstanceData, bool> holds, string text)
    {
        _holds = holds;
        Text = text;
    }

    public string Text { get; }

    public bool Holds(InstanceData data) => _holds(data);

    public static CompiledCondition Compile(Condition condition, WorkflowDefinition definition)
    {
        if (condition.All is { } all)
        {
            var parts = all.Select(c => Compile(c, definition)).ToArray();
            return new(data => Array.TrueForAll(parts, p => p.Holds(data)), Join(parts, " and "));
        }
        if (condition.Any is { } any)
        {
            var parts = any.Select(c => Compile(c, definition)).ToArray();
            return new(data => Array.Exists(parts, p => p.Holds(data)), Join(parts, " or "));
        }
        var field = condition.Field ?? "";
        var op = condition.Op ?? ConditionOperator.EqualTo;
        var type = definition.FindField(field)?.Type ?? FieldType.Text;
        var test = Comparisons.For(type, op, condition.Value);
        var text = $"{field} {ConditionOperators.Symbol(op)}{(condition.Value is { } v ? " " + v.GetRawText().Replace("\"", "", StringComparison.Ordinal) : "")}";
        return new(data =>
        {
            var value = data[field];
            if (value is null || value.IsEmpty)
                return op == ConditionOperator.IsEmpty;
            return op switch
            {
                ConditionOperator.IsEmpty => false,
                ConditionOperator.NotEmpty => true,
                _ => test(value),
            };
        }, text);
    }

    static string Join(CompiledCondition[] parts, string separator) =>
        parts.Length == 1 ? parts[0].Text : "(" + string.Join(separator, parts.Select(p => p.Text)) + ")";
}
