using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// The parsed, immutable form of a definition JSON document (see workflows/workflow.schema.json).
// Labels are optional to the parser so that the validator, not a JSON error, names what is missing.
public sealed record WorkflowDefinition(
    [property: JsonPropertyOrder(1)] string Key,
    [property: JsonPropertyOrder(4)] string InitialState,
    [property: JsonPropertyOrder(6)] IReadOnlyList<StateDefinition> States,
    [property: JsonPropertyOrder(7)] IReadOnlyList<TransitionDefinition> Transitions,
    [property: JsonPropertyOrder(3)] LocalizedText? Name = null)
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(0)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    [JsonPropertyOrder(2)]
    public int Version { get; init; }

    [JsonPropertyOrder(5)]
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    public StateDefinition? FindState(string name) => States.FirstOrDefault(s => s.Name == name);

    public FieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
