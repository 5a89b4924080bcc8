using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Approvals;

// One approver's part in one step of an approval state. Steps run in order: tasks of later
// steps wait until every earlier step is complete.
public sealed class ApprovalTask
{
    ApprovalTask() { }

    internal ApprovalTask(Guid instanceId, string state, int visit, int step, int position, ApprovalMode mode, Assignee approver, bool active, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        InstanceId = instanceId;
        State = state;
        Visit = visit;
        Step = step;
        Position = position;
        Mode = mode;
        AssigneeId = approver.UserId;
        AssigneeName = approver.DisplayName;
        CreatedAt = now;
        Status = WorkflowTaskStatus.Waiting;
        if (active)
            Activate(now);
    }

    public Guid Id { get; private set; }
    public Guid InstanceId { get; private set; }
    public string State { get; private set; } = "";
    public int Visit { get; private set; }
    public int Step { get; private set; }

    // Where the domain listed this approver within the step; keeps lists stable.
    public int Position { get; private set; }

    public ApprovalMode Mode { get; private set; }
    public string AssigneeId { get; private set; } = "";
    public string AssigneeName { get; private set; } = "";
    public WorkflowTaskStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Comment { get; private set; }

    internal void Activate(DateTimeOffset now)
    {
        Status = WorkflowTaskStatus.Pending;
        ActivatedAt = now;
    }

    // A migration kept this open task for a same-kind state of the new version.
    internal void MoveTo(string state) => State = state;

    internal void Decide(WorkflowTaskStatus outcome, string? comment, DateTimeOffset now)
    {
        Status = outcome;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = now;
    }
}
