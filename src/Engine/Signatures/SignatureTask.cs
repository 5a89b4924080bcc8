using WorkflowPortal.Engine.Approvals;

namespace WorkflowPortal.Engine.Signatures;

// One signer's turn in a signature state; signers sign in `Order`, one at a time.
public sealed class SignatureTask
{
    SignatureTask() { }

    internal SignatureTask(Guid instanceId, string state, int visit, int order, Assignee signer, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        InstanceId = instanceId;
        State = state;
        Visit = visit;
        Order = order;
        SignerId = signer.UserId;
        SignerName = signer.DisplayName;
        CreatedAt = now;
        Status = WorkflowTaskStatus.Waiting;
        if (order == 1)
            Activate(now);
    }

    public Guid Id { get; private set; }
    public Guid InstanceId { get; private set; }
    public string State { get; private set; } = "";
    public int Visit { get; private set; }
    public int Order { get; private set; }
    public string SignerId { get; private set; } = "";
    public string SignerName { get; private set; } = "";
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
