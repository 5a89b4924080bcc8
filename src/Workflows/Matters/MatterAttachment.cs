using WorkflowPortal.Workflows.Files;

namespace WorkflowPortal.Workflows.Matters;

// A file on a matter. The bytes are in the attachment store under StoredName; the name shown is
// the uploader's, used only for display and the download's suggested file name.
public sealed class MatterAttachment : IStoredFileRow
{
    MatterAttachment() { }

    public MatterAttachment(Guid id, Guid? matterId, Guid? commentId, string fileName, StoredFile stored,
        Guid uploadedBy, string uploadedByName, bool visibleToClient, DateTimeOffset now)
    {
        Id = id;
        MatterId = matterId;
        CommentId = commentId;
        FileName = fileName;
        StoredName = stored.StoredName;
        Size = stored.Size;
        Sha256 = stored.Sha256;
        Kind = stored.Kind;
        UploadedBy = uploadedBy;
        UploadedByName = uploadedByName;
        VisibleToClient = visibleToClient;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }

    // Null while a file uploaded with a new request waits for the request to be submitted.
    public Guid? MatterId { get; private set; }
    public Guid? CommentId { get; private set; }
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public Guid UploadedBy { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public bool VisibleToClient { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    public void AttachTo(Guid matterId) => MatterId = matterId;

    public void SetVisibility(bool visibleToClient) => VisibleToClient = visibleToClient;
}
