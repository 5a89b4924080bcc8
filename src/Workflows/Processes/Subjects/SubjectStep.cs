using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Subjects;

// The state a subject has just entered (or stayed in), and who moved it, for its status mirror.
public sealed record SubjectStep(string State, StateCategory Category, string? WaitingOn, bool ByLegalTeam, string? Comment, DateTimeOffset Now)
{
    public bool Done => Category == StateCategory.Done;

    public bool WaitsOnRequester => WaitingOn == WorkflowRoles.Requester;
}
