namespace WorkflowPortal.Workflows.Persistence;

// Storage:Root: the data folder (SQLite file, attachments, mail pickup), resolved to a full path.
public sealed class StorageOptions
{
    public string Root { get; set; } = "data";

    public string PathFor(params string[] parts) => Path.Combine([Root, .. parts]);
}
