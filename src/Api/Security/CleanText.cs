using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowPortal.Api.Security;

// Every string read from a JSON body loses its control characters (NUL, ESC, DEL, C1) except tab,
// CR and LF: PostgreSQL refuses NUL in text, and none of them means anything in a portal field.
internal sealed class CleanText : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } value ? Clean(value) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static string Clean(string value) =>
        value.Any(IsStray) ? new string(value.Where(c => !IsStray(c)).ToArray()) : value;

    static bool IsStray(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');
}

// A name or a title is one line: tabs, CR and LF (and any other control character) become spaces.
internal sealed class SingleLine : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } value ? Flatten(value) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static string Flatten(string value) =>
        value.Any(char.IsControl) ? new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray()) : value;
}
