namespace WorkflowPortal.Workflows.Files;

// Attachments:MaxBytes (default 25 MB) and Attachments:MaxFilesPerUpload.
public sealed class AttachmentOptions
{
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;
    public int MaxFilesPerUpload { get; set; } = 10;
}
