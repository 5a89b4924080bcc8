using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Api.Designer;

// A condition read aloud in the reader's language: "Contract value is greater than 500000 and
// Start date is before 2026-01-31". Field labels stand for field names; a missing part reads "…".
internal static class ConditionSentence
{
    const string Gap = "…";

    public static string Describe(Condition condition, IReadOnlyList<FieldDefinition> fields, IStringLocalizer T, bool nested = false)
    {
        if (condition.IsGroup)
        {
            var parts = (condition.All ?? condition.Any ?? []).Select(c => Describe(c, fields, T, nested: true)).ToList();
            if (parts.Count == 0) return Gap;
            var text = string.Join(condition.All is not null ? T["CondAnd"] : T["CondOr"], parts);
            return nested && parts.Count > 1 ? $"({text})" : text;
        }
        var field = fields.FirstOrDefault(f => f.Name == condition.Field);
        var name = field is null ? condition.Field ?? Gap : FieldLabel(field);
        if (condition.Op is not { } op) return $"{name} {Gap}";
        var words = T["Op" + op].Value;
        var values = ConditionValuesText(condition.Value, field?.Type, T);
        return op switch
        {
            ConditionOperator.IsEmpty or ConditionOperator.NotEmpty => $"{name} {words}",
            ConditionOperator.Between => $"{name} {words} {values.ElementAtOrDefault(0) ?? Gap}{T["CondAnd"]}{values.ElementAtOrDefault(1) ?? Gap}",
            ConditionOperator.OneOf => $"{name} {words} {(values.Count == 0 ? Gap : string.Join(T["CondListSeparator"], values))}",
            _ => $"{name} {words} {values.FirstOrDefault() ?? Gap}",
        };
    }

    public static string FieldLabel(FieldDefinition field) =>
        (Arabic ? field.Label?.Ar ?? field.Label?.En : field.Label?.En) ?? field.Name;

    static bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    static List<string> ConditionValuesText(JsonElement? value, FieldType? type, IStringLocalizer T)
    {
        if (value is not { } element) return [];
        var items = element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : new List<JsonElement> { element };
        return [.. items.Select(i => i.ValueKind switch
        {
            JsonValueKind.True => T["Yes"].Value,
            JsonValueKind.False => T["No"].Value,
            JsonValueKind.String when type == FieldType.YesNo => i.GetString() == "true" ? T["Yes"].Value : i.GetString() == "false" ? T["No"].Value : i.GetString() ?? "",
            JsonValueKind.String => $"“{i.GetString()}”",
            _ => i.GetRawText(),
        })];
    }
}
