using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace WorkflowPortal.Engine.Definitions;

// Reads and writes definition documents. Reading is strict (unknown or missing members are
// errors) so a typo in a definition fails at the door, not at 2 a.m. on a running matter.
public static class WorkflowJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        // Arabic labels stay readable in exported files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitDefaults } },
    };

    public static WorkflowResult<WorkflowDefinition> Parse(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            if (definition is null)
                return Malformed("$", "The document is empty.");
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return EmptyItem(document.RootElement, "$") is { } path
                ? Malformed(path, "This item of the list is empty (null).")
                : definition;
        }
        catch (JsonException e)
        {
            return Malformed(e.Path ?? "$", e.Message);
        }
    }

    // A list item written as null: no member of a definition's lists may be one (the validator and
    // the runner read every item).
    static string? EmptyItem(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
            return element.EnumerateObject().Select(p => EmptyItem(p.Value, $"{path}.{p.Name}")).FirstOrDefault(p => p is not null);
        if (element.ValueKind != JsonValueKind.Array)
            return null;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var found = item.ValueKind == JsonValueKind.Null ? $"{path}[{index}]" : EmptyItem(item, $"{path}[{index}]");
            if (found is not null)
                return found;
            index++;
        }
        return null;
    }

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options) + "\n";

    static Invalid Malformed(string element, string message) =>
        new("definition-malformed", "The definition is not a valid workflow document.",
            new Dictionary<string, string[]> { [element] = [message] });

    // Exports read like hand-written files: no empty lists, false flags or default kinds.
    static void OmitDefaults(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(StateCategory))
                continue;
            if (typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string))
                property.ShouldSerialize = (_, value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
            else if (property.PropertyType == typeof(bool))
                property.ShouldSerialize = (_, value) => value is true;
            else if (property.PropertyType.IsEnum || property.PropertyType == typeof(int))
                property.ShouldSerialize = (_, value) => value is not null && Convert.ToInt32(value, null) != 0;
        }
    }
}
