namespace WorkflowPortal.Workflows.Notifications;

// Email:* settings. Pickup writes .eml files under <Storage:Root>/mail; Smtp sends with MailKit.
public sealed class EmailOptions
{
    public EmailMode Mode { get; set; } = EmailMode.Pickup;
    public string From { get; set; } = "WorkflowPortal <no-reply@portal.local>";
    public SmtpOptions Smtp { get; set; } = new();

    // How often the dispatcher looks for due messages, and how it backs off after a failure.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 10;

    // A claim older than this is considered abandoned (its instance died mid-send).
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 20;

    // When no email could be sent for this long, the administrators are told (once per outage).
    public TimeSpan FailingAlertAfter { get; set; } = TimeSpan.FromMinutes(30);

    // Sent emails are deleted after this long.
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(30);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; }
}

public enum EmailMode { Pickup, Smtp }
