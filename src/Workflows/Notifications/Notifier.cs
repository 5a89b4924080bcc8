using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// How every feature tells a person something. StageAsync adds the in-app notification and, if the
// person wants email for this type, an outbox message, to the caller's unit of work: the caller's
// SaveChanges commits them with the change itself. NotifyAsync is the same plus SaveChanges.
public sealed class Notifier(PortalDb db, Mailer mailer, TimeProvider clock, IOptions<PortalLinks> links)
{
    public async Task<Notification?> StageAsync(NotificationRequest request, CancellationToken ct) =>
        (await StageManyAsync([request], ct)).FirstOrDefault();

    // Recipients and their email preferences are read in one query each, whatever the number of
    // people: telling the whole legal team costs no more statements than telling one person.
    public async Task<IReadOnlyList<Notification>> StageManyAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken ct)
    {
        if (requests.Count == 0) return [];
        var ids = requests.Select(r => r.RecipientId).Distinct().ToList();
        var types = requests.Select(r => r.Type).Distinct().ToList();
        var recipients = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var noEmail = (await db.Set<NotificationPreference>()
                .Where(p => ids.Contains(p.UserId) && types.Contains(p.Type) && !p.Email)
                .Select(p => new { p.UserId, p.Type }).ToListAsync(ct))
            .Select(p => (p.UserId, p.Type)).ToHashSet();

        var staged = new List<Notification>();
        foreach (var request in requests)
        {
            if (!recipients.TryGetValue(request.RecipientId, out var recipient) || !recipient.IsActive) continue;
            var language = recipient.Language;
            var notification = Notification.For(recipient.Id, request.Type, request.Title.In(language), request.Body.In(language),
                request.Link, clock.GetUtcNow());
            staged.Add(notification);
            if (!noEmail.Contains((recipient.Id, request.Type)))
            {
                var url = request.Link is null ? links.Value.Absolute("/notifications") : links.Value.Absolute(request.Link);
                mailer.Stage(recipient, "notification",
                    new Dictionary<string, string> { ["title"] = notification.Title, ["body"] = notification.Body }, url);
            }
        }
        db.AddRange(staged);
        return staged;
    }

    public async Task<Notification?> NotifyAsync(NotificationRequest request, CancellationToken ct)
    {
        var notification = await StageAsync(request, ct);
        await db.SaveChangesAsync(ct);
        return notification;
    }
}
