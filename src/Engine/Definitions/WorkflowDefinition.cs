using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// The parsed, immutable form of a definition JSON document (see workflows/workflow.schema.json).
public sealed record WorkflowDefinition(
    string Key,
    LocalizedText? Name,
    string InitialState,
    IReadOnlyList<StateDefinition> States,
    IReadOnlyList<TransitionDefinition> Transitions)
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public int Version { get; init; }

    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    public StateDefinition? FindState(string name) => States.FirstOrDefault(s => s.Name == name);

    public FieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
