namespace WorkflowPortal.Workflows.Processes;

// Workflows:Folder: the default definitions loaded as version 1 on first start.
// Workflows:DeadlinePollInterval: how often due deadlines are looked for (a deadline fires at most this late).
public sealed class WorkflowOptions
{
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflows");

    public TimeSpan DeadlinePollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
