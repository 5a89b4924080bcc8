namespace WorkflowPortal.Engine.Definitions;

// One stored version of a definition. A published version never changes: instances are
// pinned to it. Editing happens on the single draft of a key, which publishing promotes.
public sealed class WorkflowDefinitionVersion
{
    WorkflowDefinitionVersion() { }

    internal WorkflowDefinitionVersion(string key, int version, string json, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Key = key;
        Version = version;
        Json = json;
        Status = DefinitionStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public int Version { get; private set; }
    public DefinitionStatus Status { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    internal void ReviseDraft(string json, DateTimeOffset now)
    {
        if (Status != DefinitionStatus.Draft)
            throw new InvalidOperationException($"Version {Version} of '{Key}' is published and cannot change.");
        Json = json;
        UpdatedAt = now;
    }

    internal void Publish(string json, DateTimeOffset now)
    {
        ReviseDraft(json, now);
        Status = DefinitionStatus.Published;
        PublishedAt = now;
    }
}

public enum DefinitionStatus { Draft, Published }
