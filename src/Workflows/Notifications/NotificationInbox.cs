using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// A person's own notifications and preferences. Nobody reads another person's: an id that is not
// theirs is "not found".
public sealed class NotificationInbox(PortalDb db, TimeProvider clock, IWorkingCalendarSource calendar)
{
    public async Task<Result<NotificationList>> ListAsync(Actor actor, PageQuery query, bool unreadOnly, CancellationToken ct)
    {
        if (query.Validate() is { } invalid) return invalid;
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == actor.UserId);
        var rows = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        if (query.Term is { } term) rows = rows.Where(n => n.Title.ToUpper().Contains(term) || n.Body.ToUpper().Contains(term));
        if (query.DecodedCursor is { } before) rows = rows.Where(n => string.Compare(n.SortKey, before) < 0);
        var page = await rows.OrderByDescending(n => n.SortKey).Take(query.Take + 1).ToListAsync(ct);
        var paged = PageQuery.Paged(page, query.Take, n => n.SortKey, View);
        return new NotificationList(paged.Items, paged.NextCursor, await UnreadCountAsync(actor, ct));
    }

    public Task<int> UnreadCountAsync(Actor actor, CancellationToken ct) =>
        db.Set<Notification>().CountAsync(n => n.RecipientId == actor.UserId && n.ReadAt == null, ct);

    public async Task<Result<Done>> MarkReadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == actor.UserId, ct);
        if (notification is null) return Error.NotFound("The notification");
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<Result<Done>> MarkAllReadAsync(Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var n in await db.Set<Notification>().Where(n => n.RecipientId == actor.UserId && n.ReadAt == null).Take(1000).ToListAsync(ct))
            n.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<Result<PreferencesView>> PreferencesAsync(Actor actor, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null) return Error.NotFound("The person");
        var saved = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == actor.UserId)
            .ToDictionaryAsync(p => p.Type, p => p.Email, ct);
        return new PreferencesView(user.Language,
            NotificationTypes.For(actor).Select(t => new PreferenceView(t, saved.GetValueOrDefault(t, true))).ToList())
        {
            Hijri = user.ShowsHijri, TimeZone = user.TimeZone, FirmTimeZone = calendar.Current.Zone.Id,
        };
    }

    public async Task<Result<PreferencesView>> SavePreferencesAsync(Actor actor, SavePreferences command, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        if (command.Language is not null and not ("en" or "ar")) fields["language"] = ["language must be en or ar."];
        var unknown = (command.Preferences ?? []).Where(p => p is null || !NotificationTypes.All.Contains(p.Type)).ToList();
        if (unknown.Count > 0) fields["preferences"] = [$"Unknown notification types: {string.Join(", ", unknown.Select(p => p?.Type))}."];
        if (command.TimeZone is { Length: > 0 } asked && !ReaderTimeZones.IsKnown(asked))
            fields["timeZone"] = ["Choose a time zone from the list (for example Asia/Riyadh)."];
        if (fields.Count > 0) return Error.Invalid(fields);

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null) return Error.NotFound("The person");
        if (command.Language is { } language) user.Language = language;
        if (command.Hijri is { } hijri) user.ShowsHijri = hijri;
        if (command.TimeZone is { } chosen) user.TimeZone = chosen.Length == 0 ? null : ReaderTimeZones.Find(chosen).Id;
        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == actor.UserId).ToListAsync(ct);
        foreach (var wanted in command.Preferences ?? [])
        {
            if (saved.FirstOrDefault(p => p.Type == wanted.Type) is { } existing) existing.ChangeEmail(wanted.Email);
            else db.Add(new NotificationPreference(actor.UserId, wanted.Type, wanted.Email));
        }
        await db.SaveChangesAsync(ct);
        return await PreferencesAsync(actor, ct);
    }

    static NotificationView View(Notification n) => new(n.Id, n.Type, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);
}
