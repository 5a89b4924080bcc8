using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// A value of the instance's data: collected by a transition (`requires`), read by conditions and
// deadlines, or filled from the request form under the same name.
public sealed record FieldDefinition(string Name, LocalizedText? Label = null)
{
    public FieldType Type { get; init; } = FieldType.Text;

    // The values a `choice` field may take; empty means any.
    public IReadOnlyList<string> Options { get; init; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("money")] Money,
    [JsonStringEnumMemberName("choice")] Choice,
    [JsonStringEnumMemberName("yesNo")] YesNo,
}
