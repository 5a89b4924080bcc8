using WorkflowPortal.Engine.Approvals;

namespace WorkflowPortal.Engine.Signatures;

// The signature tasks of one visit to a signature state: one signer's turn at a time.
sealed class SignatureRound(IReadOnlyList<SignatureTask> tasks)
{
    public IReadOnlyList<SignatureTask> Tasks => tasks;

    SignatureTask? Turn => tasks.FirstOrDefault(t => t.Status == WorkflowTaskStatus.Pending);

    public bool IsPendingFor(string userId) => Turn?.SignerId == userId;

    // Records the signature; true when it was the last one and the instance moves on.
    public bool Sign(string? comment, DateTimeOffset now, out SignatureTask? next)
    {
        Turn!.Decide(WorkflowTaskStatus.Signed, comment, now);
        next = tasks.Where(t => t.Status == WorkflowTaskStatus.Waiting).MinBy(t => t.Order);
        next?.Activate(now);
        return next is null;
    }

    public void Decline(string? comment, DateTimeOffset now)
    {
        Turn!.Decide(WorkflowTaskStatus.Declined, comment, now);
        CancelOpen(now);
    }

    public void CancelOpen(DateTimeOffset now)
    {
        foreach (var task in tasks.Where(t => t.Status is WorkflowTaskStatus.Pending or WorkflowTaskStatus.Waiting))
            task.Decide(WorkflowTaskStatus.Cancelled, null, now);
    }
}
