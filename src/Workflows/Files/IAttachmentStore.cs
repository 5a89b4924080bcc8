using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Files;

// Where file bytes live. The default is the local data folder; a shared store (object storage,
// a network volume) replaces it when several instances run.
public interface IAttachmentStore
{
    // Streams the content to quarantine under a generated name; refuses (and keeps nothing of) a
    // file that is too large or not of an accepted kind. It stays in quarantine until PromoteAsync
    // (after the row naming it is committed); the sweeper deletes what no row names.
    Task<Result<StoredFile>> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken ct);

    Task PromoteAsync(string storedName, CancellationToken ct);

    // Quarantined files written before the cutoff: left by a crash, a rollback, or a lost promotion.
    Task<IReadOnlyList<string>> QuarantinedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct);

    // Finds promoted and quarantined files alike: a committed row whose promotion was lost still reads.
    Task<Stream?> OpenAsync(string storedName, CancellationToken ct);

    Task DeleteAsync(string storedName, CancellationToken ct);
}

public sealed record StoredFile(string StoredName, long Size, string Sha256, FileKind Kind);
