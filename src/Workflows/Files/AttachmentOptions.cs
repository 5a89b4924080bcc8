namespace WorkflowPortal.Workflows.Files;

// Attachments:MaxBytes (default 25 MB), Attachments:MaxFilesPerUpload, and the quarantine sweep:
// Attachments:SweepInterval (how often) and Attachments:QuarantineGrace (how old a leftover must be).
public sealed class AttachmentOptions
{
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;
    public int MaxFilesPerUpload { get; set; } = 10;
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan QuarantineGrace { get; set; } = TimeSpan.FromHours(1);
}
