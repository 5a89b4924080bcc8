namespace WorkflowPortal.Workflows.Processes;

// Workflows:Folder: the default definitions loaded as version 1 on first start.
// Workflows:DeadlinePollInterval: how often due deadlines are looked for (a deadline fires at most this late).
public sealed class WorkflowOptions
{
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "workflows");

    public TimeSpan DeadlinePollInterval { get; set; } = TimeSpan.FromSeconds(30);

    // Workflows:FirstResponseWarnShare: the share of a request type's first-response target after
    // which the administrators are told it is near (0.8 = at 80 %); 0 turns the warning off.
    public double FirstResponseWarnShare { get; set; } = 0.8;
}
