namespace WorkflowPortal.Workflows.Processes;

// Workflows:Folder: the default definitions loaded as version 1 on first start.
public sealed class WorkflowOptions
{
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflows");
}
