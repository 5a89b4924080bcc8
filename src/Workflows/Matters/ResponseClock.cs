namespace WorkflowPortal.Workflows.Matters;

// The first-response target of a matter. The clock stops while the workflow waits on the
// requester: their silence does not count against the legal team.
public sealed record ResponseClock(DateTimeOffset? TargetAt, DateTimeOffset? RespondedAt, DateTimeOffset? PausedSince, TimeSpan Paused)
{
    public static ResponseClock Start(DateTimeOffset submittedAt, int? targetHours) =>
        new(targetHours is { } hours ? submittedAt.AddHours(hours) : null, null, null, TimeSpan.Zero);

    public bool IsPaused => PausedSince is not null;

    // When the first response is due, counting the pauses so far (and the current one up to now).
    public DateTimeOffset? DueAt(DateTimeOffset now) =>
        TargetAt is { } target ? target + Paused + (PausedSince is { } since ? now - since : TimeSpan.Zero) : null;

    public bool IsOverdue(DateTimeOffset now) =>
        RespondedAt is null && !IsPaused && DueAt(now) is { } due && now > due;

    public ResponseClock Pause(DateTimeOffset now) =>
        IsPaused || RespondedAt is not null ? this : this with { PausedSince = now };

    public ResponseClock Resume(DateTimeOffset now) =>
        PausedSince is { } since ? this with { PausedSince = null, Paused = Paused + (now - since) } : this;

    public ResponseClock Responded(DateTimeOffset now) =>
        RespondedAt is not null ? this : Resume(now) with { RespondedAt = now };
}
