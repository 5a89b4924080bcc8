namespace WorkflowPortal.Engine.Definitions;

public sealed record DefinitionVersionView(
    string Key, int Version, DefinitionStatus Status, WorkflowDefinition Definition,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt)
{
    internal static DefinitionVersionView From(WorkflowDefinitionVersion row) =>
        new(row.Key, row.Version, row.Status, WorkflowJson.Parse(row.Json).Value with { Version = row.Version },
            row.CreatedAt, row.UpdatedAt, row.PublishedAt);
}

// A saved draft and what would stop it from being published (empty when it is ready).
public sealed record DraftSaved(DefinitionVersionView Draft, IReadOnlyList<ValidationMessage> Problems);

public sealed record DefinitionSummary(string Key, LocalizedText? Name, int? PublishedVersion, int? DraftVersion);

public sealed record DefinitionVersionSummary(int Version, DefinitionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
