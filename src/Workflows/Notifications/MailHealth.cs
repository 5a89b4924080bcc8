namespace WorkflowPortal.Workflows.Notifications;

// One row shared by every instance: since when no email could be sent (null while mail works) and
// when administrators were told. The alert is claimed by a conditional UPDATE of AlertedAt, so one
// outage gives one alert whatever the number of instances; the next successful send clears both.
public sealed class MailHealth
{
    public const int SingletonId = 1;

    MailHealth() { }

    public int Id { get; private set; }
    public DateTimeOffset? FailingSince { get; private set; }
    public DateTimeOffset? AlertedAt { get; private set; }
}
