using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// How every feature tells a person something. StageAsync adds the in-app notification and, if the
// person wants email for this type, an outbox message, to the caller's unit of work: the caller's
// SaveChanges commits them with the change itself. NotifyAsync is the same plus SaveChanges.
public sealed class Notifier(PortalDb db, Mailer mailer, TimeProvider clock, IOptions<PortalLinks> links)
{
    public async Task<Notification?> StageAsync(NotificationRequest request, CancellationToken ct)
    {
        var recipient = await db.Users.FirstOrDefaultAsync(u => u.Id == request.RecipientId, ct);
        if (recipient is null || !recipient.IsActive) return null;

        var language = recipient.Language;
        var notification = Notification.For(recipient.Id, request.Type, request.Title.In(language), request.Body.In(language),
            request.Link, clock.GetUtcNow());
        db.Add(notification);

        var preference = await db.Set<NotificationPreference>()
            .FirstOrDefaultAsync(p => p.UserId == recipient.Id && p.Type == request.Type, ct);
        if (preference?.Email ?? true)
        {
            var url = request.Link is null ? links.Value.Absolute("/notifications") : links.Value.Absolute(request.Link);
            mailer.Stage(recipient, "notification",
                new Dictionary<string, string> { ["title"] = notification.Title, ["body"] = notification.Body }, url);
        }
        return notification;
    }

    public async Task<Notification?> NotifyAsync(NotificationRequest request, CancellationToken ct)
    {
        var notification = await StageAsync(request, ct);
        await db.SaveChangesAsync(ct);
        return notification;
    }
}
