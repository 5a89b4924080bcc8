namespace WorkflowPortal.Engine.Deadlines;

// One deadline of one visit to a state, written in the same transaction as the step that
// entered the state. Any app instance may claim it once it is due; `Status` is a concurrency
// token, so even two claimers that both read it pending cannot both fire it.
public sealed class WorkflowTimer
{
    public const int MaxAttempts = 5;

    WorkflowTimer() { }

    internal WorkflowTimer(Guid instanceId, string state, int visit, int deadline, DateTimeOffset dueAt, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        InstanceId = instanceId;
        State = state;
        Visit = visit;
        Deadline = deadline;
        DueAt = dueAt;
        CreatedAt = now;
        Status = TimerStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid InstanceId { get; private set; }
    public string State { get; private set; } = "";
    public int Visit { get; private set; }

    // Index of the deadline in the state's `deadlines`, in the instance's pinned version.
    public int Deadline { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public TimerStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    internal void Reschedule(DateTimeOffset dueAt) => DueAt = dueAt;

    // A migration carries a deadline the target version declares unchanged over to it.
    internal void MoveTo(string state, int deadline, int visit) => (State, Deadline, Visit) = (state, deadline, visit);

    internal void Cancel(DateTimeOffset now) => Close(TimerStatus.Cancelled, now);

    internal void Fired(DateTimeOffset now) => Close(TimerStatus.Fired, now);

    // A failure is retried later, a few times, then left for a person to look at.
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= MaxAttempts)
            Close(TimerStatus.Failed, now);
        else
            DueAt = now + TimeSpan.FromMinutes(Attempts * Attempts);
    }

    void Close(TimerStatus status, DateTimeOffset now)
    {
        Status = status;
        ClosedAt = now;
    }
}

public enum TimerStatus { Pending, Fired, Cancelled, Failed }
