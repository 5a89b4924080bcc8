namespace WorkflowPortal.Workflows.Intake.References;

// The last reference number drawn for one prefix in one year (MAT 2026 -> 123 means MAT-2026-000123
// is taken). Only ReferenceNumbers writes it, with one atomic upsert.
public sealed class ReferenceCounter
{
    ReferenceCounter() { }

    public string Prefix { get; private set; } = "";
    public int Year { get; private set; }
    public long Last { get; private set; }
}
