using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// A value a transition may require (`requires`), with its label for the form the UI shows.
public sealed record FieldDefinition(string Name, LocalizedText? Label = null)
{
    public FieldType Type { get; init; } = FieldType.Text;
}

[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("number")] Number,
}
