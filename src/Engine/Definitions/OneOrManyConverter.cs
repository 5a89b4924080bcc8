using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// `"from": "Draft"` and `"from": ["Draft", "Review"]` both read naturally in a definition.
sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return [reader.GetString()!];
        return JsonSerializer.Deserialize<string[]>(ref reader, options) ?? [];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
            writer.WriteStringValue(value[0]);
        else
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }
}
