namespace WorkflowPortal.Workflows.Processes.ChangeLog;

// One line of a definition's change log: a version published, or running instances migrated.
// Append-only, written in the same transaction as the change it describes.
public sealed class DefinitionChange
{
    DefinitionChange() { }

    DefinitionChange(string key, DefinitionChangeKind kind, int version, int? fromVersion, Guid actorId, string actorName, string? note, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Key = key;
        Kind = kind;
        Version = version;
        FromVersion = fromVersion;
        ActorId = actorId;
        ActorName = actorName;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        At = now;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public DefinitionChangeKind Kind { get; private set; }

    // The version published, or the version instances were migrated to.
    public int Version { get; private set; }
    public int? FromVersion { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }

    // A migration's outcome: how many moved and how many were skipped, and the mapping applied.
    public int Migrated { get; private set; }
    public int Skipped { get; private set; }
    public string? Details { get; private set; }

    public static DefinitionChange Published(string key, int version, Guid actorId, string actorName, string? note, DateTimeOffset now) =>
        new(key, DefinitionChangeKind.Published, version, null, actorId, actorName, note, now);

    public static DefinitionChange Migration(string key, int from, int to, Guid actorId, string actorName, string? note, DateTimeOffset now) =>
        new(key, DefinitionChangeKind.Migrated, to, from, actorId, actorName, note, now);

    public void Record(int migrated, int skipped, string details)
    {
        Migrated = migrated;
        Skipped = skipped;
        Details = details;
    }
}

public enum DefinitionChangeKind { Published, Migrated }

public sealed record DefinitionChangeView(
    Guid Id, DefinitionChangeKind Kind, int Version, int? FromVersion, string ActorName, DateTimeOffset At, string? Note, int Migrated, int Skipped);
