using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Approvals;

// The approval tasks of one visit to an approval state, and the rules that decide them.
sealed class ApprovalRound(IReadOnlyList<ApprovalTask> tasks)
{
    public IReadOnlyList<ApprovalTask> Tasks => tasks;

    public bool IsPendingFor(string userId) => Mine(userId).Any();

    // Records the approval; true when it was the last one needed and the instance moves on.
    public bool Approve(string userId, string? comment, DateTimeOffset now, out IReadOnlyList<ApprovalTask> activated)
    {
        activated = [];
        var mine = Mine(userId).ToList();
        var step = mine[0].Step;
        foreach (var task in mine)
            task.Decide(WorkflowTaskStatus.Approved, comment, now);

        var current = tasks.Where(t => t.Step == step).ToList();
        if (current[0].Mode == ApprovalMode.Any)
        {
            foreach (var other in current.Where(t => t.Status == WorkflowTaskStatus.Pending))
                other.Decide(WorkflowTaskStatus.Skipped, null, now);
        }
        if (current.Any(t => t.Status == WorkflowTaskStatus.Pending))
            return false;

        var waiting = tasks.Where(t => t.Status == WorkflowTaskStatus.Waiting).ToList();
        if (waiting.Count == 0)
            return true;
        var next = waiting.Min(t => t.Step);
        activated = waiting.Where(t => t.Step == next).ToList();
        foreach (var task in activated)
            task.Activate(now);
        return false;
    }

    // One rejection ends the round: the rest of the tasks have nothing left to decide.
    public void Reject(string userId, string? comment, DateTimeOffset now)
    {
        foreach (var task in Mine(userId).ToList())
            task.Decide(WorkflowTaskStatus.Rejected, comment, now);
        CancelOpen(now);
    }

    public void CancelOpen(DateTimeOffset now)
    {
        foreach (var task in tasks.Where(t => t.Status is WorkflowTaskStatus.Pending or WorkflowTaskStatus.Waiting))
            task.Decide(WorkflowTaskStatus.Cancelled, null, now);
    }

    IEnumerable<ApprovalTask> Mine(string userId) =>
        tasks.Where(t => t.Status == WorkflowTaskStatus.Pending && t.AssigneeId == userId);
}
