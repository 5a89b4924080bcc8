namespace WorkflowPortal.Workflows.Assignment;

// How many requests of one type a pool has taken so far: the next goes to the active lawyer at
// that count (modulo the active ones). Only LawyerAssignment writes it, with one atomic upsert.
public sealed class AssignmentTurn
{
    AssignmentTurn() { }

    public Guid RequestTypeId { get; private set; }
    public string Pool { get; private set; } = "";
    public long Taken { get; private set; }
}
