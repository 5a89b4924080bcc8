using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Conditions;

// A condition as the designer's pickers build it: either a group (`all` or `any` of conditions)
// or one comparison (`field`, `op`, `value`). The validator checks the shape; the parser keeps
// whatever was written so that it can name the element at fault.
public sealed record Condition
{
    public IReadOnlyList<Condition>? All { get; init; }

    public IReadOnlyList<Condition>? Any { get; init; }

    public string? Field { get; init; }

    public ConditionOperator? Op { get; init; }

    // A number, a string (text, choice, ISO date), true/false, or a list for `between` and `oneOf`.
    public JsonElement? Value { get; init; }

    [JsonIgnore]
    public bool IsGroup => All is not null || Any is not null;

    // Every field this condition reads, in its groups too.
    public IEnumerable<string> Fields() =>
        IsGroup ? (All ?? Any ?? []).SelectMany(c => c.Fields()) : Field is null ? [] : [Field];

    public static Condition Leaf(string field, ConditionOperator op, object? value = null) =>
        new() { Field = field, Op = op, Value = value is null ? null : JsonSerializer.SerializeToElement(value) };

    public static Condition AllOf(params Condition[] conditions) => new() { All = conditions };

    public static Condition AnyOf(params Condition[] conditions) => new() { Any = conditions };
}
