namespace WorkflowPortal.Workflows.Files;

// A row that names a file in the attachment store: the file is promoted out of quarantine when the
// row is committed, and deleted when the save fails.
public interface IStoredFileRow
{
    string StoredName { get; }
}
