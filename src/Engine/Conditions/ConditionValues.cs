using System.Globalization;
using System.Text.Json;

namespace WorkflowPortal.Engine.Conditions;

// Reads the `value` of a comparison for the field's type; null when it does not fit.
static class ConditionValues
{
    public static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDecimal(out var n) ? n : null,
        JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
        _ => null,
    };

    public static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    public static bool? YesNo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when value.GetString() is "true" or "yes" => true,
        JsonValueKind.String when value.GetString() is "false" or "no" => false,
        _ => null,
    };

    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    public static IReadOnlyList<JsonElement>? List(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : null;
}
