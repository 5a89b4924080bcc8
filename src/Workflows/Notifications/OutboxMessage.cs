namespace WorkflowPortal.Workflows.Notifications;

// An email waiting to be sent. Written in the same SaveChanges as the change that caused it;
// the dispatcher claims it with a lease, sends it, and marks it sent, or schedules a retry.
public sealed class OutboxMessage
{
    OutboxMessage() { }

    public Guid Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Language { get; private set; } = "en";
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    // While set and in the future, one dispatcher owns the message; nobody else may send it.
    public DateTimeOffset? LockedUntil { get; private set; }

    // The fencing token: a concurrency token that every claim replaces, so a dispatcher whose lease
    // was taken over can neither renew it nor mark the message sent (its UPDATE matches no row).
    public Guid ClaimToken { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public string? LastError { get; private set; }

    public static OutboxMessage Compose(string toAddress, string toName, string language, RenderedEmail email, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ToAddress = toAddress,
        ToName = toName,
        Language = language,
        Subject = email.Subject,
        HtmlBody = email.Html,
        TextBody = email.Text,
        CreatedAt = now,
        NextAttemptAt = now,
        Status = OutboxStatus.Pending,
        ClaimToken = Guid.NewGuid(),
    };

    public bool IsDue(DateTimeOffset now) =>
        Status == OutboxStatus.Pending && NextAttemptAt <= now && (LockedUntil is null || LockedUntil < now);

    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        Attempts++;
        LockedUntil = now + lease;
        ClaimToken = Guid.NewGuid();
    }

    // Keeps the claim alive while a slow server takes its time; the token stays, so renewing
    // fails once another dispatcher has claimed the message.
    public void Renew(DateTimeOffset now, TimeSpan lease) => LockedUntil = now + lease;

    // An administrator sends a failed email again: a fresh round of attempts, due now.
    public void Requeue(DateTimeOffset now)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LockedUntil = null;
        ClaimToken = Guid.NewGuid();
    }

    public void MarkSent(DateTimeOffset now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        LockedUntil = null;
        LastError = null;
    }

    // Exponential back-off: base, 2×base, 4×base … capped; after the last attempt it stops for good.
    public void MarkFailed(string error, DateTimeOffset now, EmailOptions options)
    {
        LastError = error.Length > 1000 ? error[..1000] : error;
        LockedUntil = null;
        if (Attempts >= options.MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            FailedAt = now;
            return;
        }
        var delay = TimeSpan.FromTicks(Math.Min(options.RetryDelay.Ticks * (1L << Math.Min(Attempts - 1, 20)), options.MaxRetryDelay.Ticks));
        NextAttemptAt = now + delay;
    }
}

public enum OutboxStatus { Pending, Sent, Failed }
