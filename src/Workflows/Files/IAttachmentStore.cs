using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Files;

// Where file bytes live. The default is the local data folder; a shared store (object storage,
// a network volume) replaces it when several instances run.
public interface IAttachmentStore
{
    // Streams the content to storage under a generated name; refuses (and keeps nothing of) a file
    // that is too large or not of an accepted kind.
    Task<Result<StoredFile>> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken ct);

    Task<Stream?> OpenAsync(string storedName, CancellationToken ct);

    Task DeleteAsync(string storedName, CancellationToken ct);
}

public sealed record StoredFile(string StoredName, long Size, string Sha256, FileKind Kind);
