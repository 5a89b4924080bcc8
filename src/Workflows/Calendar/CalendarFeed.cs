namespace WorkflowPortal.Workflows.Calendar;

// A person's secret calendar address. Only the SHA-256 of its token is kept: the address is shown
// once, when it is made, and a reset replaces the hash so that the old address stops at once.
public sealed class CalendarFeed
{
    CalendarFeed() { }

    public CalendarFeed(Guid userId, string tokenHash, DateTimeOffset now)
    {
        UserId = userId;
        Reset(tokenHash, now);
    }

    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public void Reset(string tokenHash, DateTimeOffset now)
    {
        TokenHash = tokenHash;
        CreatedAt = now;
    }
}
