using System.Text.Json;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Conditions;

// One comparison of a present value against the condition's constant, by field type.
static class Comparisons
{
    static readonly Func<InstanceValue, bool> Never = _ => false;

    public static Func<InstanceValue, bool> For(FieldType type, ConditionOperator op, JsonElement? value) => type switch
    {
        FieldType.Number or FieldType.Money => Ordered(op, value, ConditionValues.Number, v => v.AsNumber()),
        FieldType.Date => Ordered(op, value, ConditionValues.Date, v => v.AsDate()),
        FieldType.YesNo => YesNo(op, value),
        _ => Text(op, value, choice: type == FieldType.Choice),
    };

    static Func<InstanceValue, bool> Ordered<T>(ConditionOperator op, JsonElement? value, Func<JsonElement, T?> read, Func<InstanceValue, T?> actual)
        where T : struct, IComparable<T>
    {
        if (op is ConditionOperator.Between or ConditionOperator.OneOf)
        {
            var items = ConditionValues.List(value)?.Select(read).ToList();
            if (items is null || items.Count == 0 || items.Any(i => i is null))
                return Never;
            var constants = items.Select(i => i!.Value).ToArray();
            if (op == ConditionOperator.OneOf)
                return v => actual(v) is { } x && Array.Exists(constants, c => c.CompareTo(x) == 0);
            if (constants.Length != 2)
                return Never;
            var (low, high) = (constants[0], constants[1]);
            return v => actual(v) is { } x && x.CompareTo(low) >= 0 && x.CompareTo(high) <= 0;
        }
        if (value is not { } element || read(element) is not { } c)
            return Never;
        return op switch
        {
            ConditionOperator.EqualTo => v => actual(v) is { } x && x.CompareTo(c) == 0,
            ConditionOperator.NotEqualTo => v => actual(v) is { } x && x.CompareTo(c) != 0,
            ConditionOperator.GreaterThan or ConditionOperator.After => v => actual(v) is { } x && x.CompareTo(c) > 0,
            ConditionOperator.LessThan or ConditionOperator.Before => v => actual(v) is { } x && x.CompareTo(c) < 0,
            _ => Never,
        };
    }

    static Func<InstanceValue, bool> YesNo(ConditionOperator op, JsonElement? value)
    {
        if (value is not { } element || ConditionValues.YesNo(element) is not { } c)
            return Never;
        return op switch
        {
            ConditionOperator.EqualTo => v => v.AsYesNo() is { } x && x == c,
            ConditionOperator.NotEqualTo => v => v.AsYesNo() is { } x && x != c,
            _ => Never,
        };
    }

    // Text and choices compare without regard to case; a multiple choice equals a value only when
    // it is the one chosen, and contains it when it is among those chosen.
    static Func<InstanceValue, bool> Text(ConditionOperator op, JsonElement? value, bool choice)
    {
        const StringComparison Ignore = StringComparison.OrdinalIgnoreCase;
        if (op == ConditionOperator.OneOf)
        {
            var set = ConditionValues.List(value)?.Select(ConditionValues.Text).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (set is null || set.Count == 0)
                return Never;
            return v => v.Values.Any(x => set.Contains(x.Trim()));
        }
        if (value is not { } element || ConditionValues.Text(element) is not { } c)
            return Never;
        bool Equal(InstanceValue v) => v.Values.Count(x => !string.IsNullOrWhiteSpace(x)) == 1 && string.Equals(v.First!.Trim(), c, Ignore);
        return op switch
        {
            ConditionOperator.EqualTo => Equal,
            ConditionOperator.NotEqualTo => v => !Equal(v),
            ConditionOperator.Contains when choice => v => v.Values.Any(x => string.Equals(x.Trim(), c, Ignore)),
            ConditionOperator.Contains => v => v.Values.Any(x => x.Contains(c, Ignore)),
            _ => Never,
        };
    }
}
