namespace WorkflowPortal.Workflows.Notifications;

// One in-app notification, already in the recipient's language.
public sealed class Notification
{
    Notification() { }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public string Type { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    // Newest first, ties broken by id: "<ticks>-<id>" sorts the same way as text in every database.
    public string SortKey { get; private set; } = "";

    public static Notification For(Guid recipient, string type, string title, string body, string? link, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new()
        {
            Id = id,
            RecipientId = recipient,
            Type = type,
            Title = title,
            Body = body,
            Link = link,
            CreatedAt = now,
            SortKey = $"{now.UtcTicks:D19}-{id:N}",
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
