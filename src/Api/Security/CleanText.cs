using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Api.Security;

// Every string read from a JSON body loses its control characters (NUL, ESC, DEL, C1) except tab,
// CR and LF: PostgreSQL refuses NUL in text, and none of them means anything in a portal field.
// A net for free text only: names and titles follow Workflows.Texts.PlainText.Line in the domain,
// for pages and the API alike.
internal sealed class CleanText : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } value ? Clean(value) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static string Clean(string value) => PlainText.Block(value);
}
