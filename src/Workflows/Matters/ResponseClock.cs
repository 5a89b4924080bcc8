using WorkflowPortal.Engine.Deadlines;

namespace WorkflowPortal.Workflows.Matters;

// The first-response target of a matter, counted in working time on the firm's calendar. The clock
// stops while the workflow waits on the requester: their silence does not count against the legal
// team. `WarnAt` is when the administrators hear that the target is near (a share of the target,
// 80 % by default), moved by every pause like the target itself; `WarnedAt` says it was sent.
public sealed record ResponseClock(DateTimeOffset? TargetAt, DateTimeOffset? RespondedAt, DateTimeOffset? PausedSince, TimeSpan Paused)
{
    public DateTimeOffset? WarnAt { get; init; }

    public DateTimeOffset? WarnedAt { get; init; }

    public static ResponseClock Start(DateTimeOffset submittedAt, int? targetHours) =>
        new(targetHours is { } hours ? submittedAt.AddHours(hours) : null, null, null, TimeSpan.Zero);

    public static ResponseClock Start(DateTimeOffset submittedAt, int? targetHours, WorkingCalendar calendar, double warnShare)
    {
        if (targetHours is not { } hours) return new(null, null, null, TimeSpan.Zero);
        var target = TimeSpan.FromHours(hours);
        DateTimeOffset? warnAt = warnShare is > 0 and < 1 ? calendar.AddWorkingTime(submittedAt, target * warnShare) : null;
        return new(calendar.AddWorkingTime(submittedAt, target), null, null, TimeSpan.Zero) { WarnAt = warnAt };
    }

    public bool IsPaused => PausedSince is not null;

    // When the first response is due, counting the pauses so far (and the current one up to now).
    public DateTimeOffset? DueAt(DateTimeOffset now) =>
        TargetAt is { } target ? target + Paused + (PausedSince is { } since ? now - since : TimeSpan.Zero) : null;

    public bool IsOverdue(DateTimeOffset now) =>
        RespondedAt is null && !IsPaused && DueAt(now) is { } due && now > due;

    public ResponseClock Pause(DateTimeOffset now) =>
        IsPaused || RespondedAt is not null ? this : this with { PausedSince = now };

    public ResponseClock Resume(DateTimeOffset now) =>
        PausedSince is { } since
            ? this with { PausedSince = null, Paused = Paused + (now - since), WarnAt = WarnAt + (now - since) }
            : this;

    public ResponseClock Responded(DateTimeOffset now) =>
        RespondedAt is not null ? this : Resume(now) with { RespondedAt = now };

    public ResponseClock Warned(DateTimeOffset now) => this with { WarnedAt = now };
}
