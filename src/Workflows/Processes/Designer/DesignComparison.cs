using System.Globalization;
using System.Text.Json;
using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// One row of the condition builder: what the pickers and inputs hold, as text. The value becomes
// JSON of the field's type only when written back, and a value that does not fit is written as
// typed, so that the validator, not the builder, says what is wrong with it.
public sealed class DesignComparison
{
    public string? Field { get; set; }
    public ConditionOperator? Op { get; set; }

    // The value, or the lower bound of `between`.
    public string? Value { get; set; }

    // The upper bound of `between`.
    public string? Upper { get; set; }

    // The values of `oneOf`.
    public List<string> Values { get; set; } = [];

    public static DesignComparison Of(Condition leaf)
    {
        var row = new DesignComparison { Field = leaf.Field, Op = leaf.Op };
        var list = leaf.Value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(Text).ToList() : null;
        if (leaf.Op == ConditionOperator.Between && list is not null)
            (row.Value, row.Upper) = (list.ElementAtOrDefault(0), list.ElementAtOrDefault(1));
        else if (leaf.Op == ConditionOperator.OneOf && list is not null)
            row.Values = [.. list.OfType<string>()];
        else if (leaf.Value is { } value)
            row.Value = Text(value);
        return row;
    }

    public static bool TakesValue(ConditionOperator? op) => op is not (ConditionOperator.IsEmpty or ConditionOperator.NotEmpty);

    public Condition ToCondition(IReadOnlyList<FieldDefinition> fields)
    {
        var type = fields.FirstOrDefault(f => f.Name == Field)?.Type ?? FieldType.Text;
        JsonElement? value = Op switch
        {
            ConditionOperator.IsEmpty or ConditionOperator.NotEmpty => null,
            ConditionOperator.Between => ListOf([Value, Upper], type),
            ConditionOperator.OneOf => ListOf(Values, type),
            _ => DesignText.Clean(Value) is { } single ? Json(single, type) : null,
        };
        return new Condition { Field = DesignText.Clean(Field), Op = Op, Value = value };
    }

    // Empty entries are left out: `between` with one bound is then a list of one, which the validator names.
    static JsonElement? ListOf(IEnumerable<string?> items, FieldType type)
    {
        var present = items.Select(DesignText.Clean).OfType<string>().ToList();
        return present.Count == 0 ? null : JsonSerializer.SerializeToElement(present.Select(i => Json(i, type)));
    }

    static JsonElement Json(string text, FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) =>
            JsonSerializer.SerializeToElement(n),
        FieldType.YesNo when text is "true" or "false" => JsonSerializer.SerializeToElement(text == "true"),
        _ => JsonSerializer.SerializeToElement(text),
    };

    static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
