namespace WorkflowPortal.Workflows.Notifications;

// A person's choice for one event type. No row means the default: email on.
public sealed class NotificationPreference(Guid userId, string type, bool email)
{
    public Guid UserId { get; private set; } = userId;
    public string Type { get; private set; } = type;
    public bool Email { get; private set; } = email;

    public void ChangeEmail(bool email) => Email = email;
}
