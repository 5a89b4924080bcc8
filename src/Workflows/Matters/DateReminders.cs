using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Texts;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Intake;
using BilingualText = WorkflowPortal.Workflows.Notifications.BilingualText;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.WorkingTime;

namespace WorkflowPortal.Workflows.Matters;

// Hearings and key dates coming near: the assigned lawyer (the legal team while nobody is
// assigned) and, for what the client may see, the requester hear of them the number of days
// before that the matter's request type says (7 and 1 by default), in their own language, with the
// Hijri date beside it for a person who chose it. A hearing is reminded at its own time of day, a
// key date from the start of its day in the firm's time zone.
public sealed class DateReminders(PortalDb db, SubjectParties parties, Notifier notifier, IWorkingCalendarSource calendar, TimeProvider clock)
{
    public const int Batch = 50;

    sealed record Due(DateReminderKind Kind, Guid ItemId, DateTimeOffset At, Guid MatterId, string Reference, string MatterTitle, Guid RequesterId,
        Guid? LawyerId, bool VisibleToClient, string What, IReadOnlyList<int> Days);

    public async Task<int> RemindDueAsync(CancellationToken ct)
    {
        var types = (await db.Set<RequestType>().AsNoTracking().Select(t => new { t.Id, t.ReminderDays }).ToListAsync(ct))
            .ToDictionary(t => t.Id, t => (IReadOnlyList<int>)[.. t.ReminderDays.Distinct().OrderBy(d => d)]);
        var sent = 0;
        // The shortest first: its reminder stands for the longer ones that are also due.
        foreach (var days in types.Values.SelectMany(d => d).Distinct().Order())
        {
            var typeIds = types.Where(t => t.Value.Contains(days)).Select(t => t.Key).ToList();
            foreach (var due in await DueAsync(days, typeIds, types, ct))
                if (await SendAsync(due, days, ct)) sent++;
        }
        return sent;
    }

    async Task<List<Due>> DueAsync(int days, List<Guid> typeIds, Dictionary<Guid, IReadOnlyList<int>> types, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(days);
        var hearings = await (
                from h in db.Set<Hearing>()
                join m in db.Set<Matter>() on h.MatterId equals m.Id
                where h.At > now && h.At <= horizon && !m.IsDone && typeIds.Contains(m.RequestTypeId)
                      && !db.Set<DateReminder>().Any(r => r.ItemId == h.Id && r.DateAt == h.At && r.DaysBefore == days)
                orderby h.At
                select new { h.Id, h.At, h.Court, m.RequestTypeId, MatterId = m.Id, m.Reference, m.Title, m.RequesterId, m.AssignedLawyerId, h.VisibleToClient })
            .Take(Batch).AsNoTracking().ToListAsync(ct);

        // A key date is due from the start of its day in the firm's time zone.
        var zone = calendar.Current.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(horizon, zone).DateTime);
        var keyDates = await (
                from k in db.Set<KeyDate>()
                join m in db.Set<Matter>() on k.MatterId equals m.Id
                where k.Date > today && k.Date <= last && !m.IsDone && typeIds.Contains(m.RequestTypeId)
                      // A key date's day never changes (it is replaced, with a new id), so "reminded"
                      // is its id and the days: filtered here, reminded dates cannot fill the batch
                      // and keep later ones waiting for ever.
                      && !db.Set<DateReminder>().Any(r => r.ItemId == k.Id && r.DaysBefore == days)
                orderby k.Date
                select new { k.Id, k.Date, k.Title, m.RequestTypeId, MatterId = m.Id, m.Reference, MatterTitle = m.Title, m.RequesterId, m.AssignedLawyerId, k.VisibleToClient })
            .Take(Batch * 2).AsNoTracking().ToListAsync(ct);

        return
        [
            .. hearings.Select(h => new Due(DateReminderKind.Hearing, h.Id, h.At, h.MatterId, h.Reference, h.Title, h.RequesterId, h.AssignedLawyerId,
                h.VisibleToClient, h.Court, types[h.RequestTypeId])),
            .. keyDates.Select(k => new Due(DateReminderKind.KeyDate, k.Id, StartOf(k.Date, zone), k.MatterId, k.Reference, k.MatterTitle, k.RequesterId,
                    k.AssignedLawyerId, k.VisibleToClient, k.Title, types[k.RequestTypeId]))
                .Where(k => k.At > now && k.At <= horizon)
                .Take(Batch),
        ];
    }

    // The claim and the notices commit together: a pass that fails half-way sends nothing and
    // leaves the reminder due.
    async Task<bool> SendAsync(Due due, int days, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = 0;
        foreach (var covered in due.Days.Where(d => d >= days))
        {
            var (id, kind, at, sentAt) = (Guid.CreateVersion7(now), due.Kind.ToString(), Stored(due.At), Stored(now));
            claimed += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "DateReminders" ("Id", "Kind", "ItemId", "DateAt", "DaysBefore", "SentAt") VALUES ({id}, {kind}, {due.ItemId}, {at}, {covered}, {sentAt})
                ON CONFLICT ("ItemId", "DateAt", "DaysBefore") DO NOTHING
                """, ct);
        }
        if (claimed == 0) return false;

        var team = due.LawyerId is { } lawyer ? await parties.PeopleAsync([lawyer], ct) : await parties.LegalTeamAsync(ct);
        var ids = team.Select(p => p.Id).Concat(due.VisibleToClient ? [due.RequesterId] : []).Distinct().ToList();
        var readers = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.ShowsHijri, u.TimeZone }).ToListAsync(ct);
        var clientSide = due.VisibleToClient ? due.RequesterId : (Guid?)null;
        await notifier.StageManyAsync([.. readers.Select(r => Notice(due, r.Id, r.Id == clientSide && !team.Any(t => t.Id == r.Id), r.ShowsHijri, ReaderTimeZones.Of(r.TimeZone, calendar), now))], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // Raw SQL parameters skip the model's converters: SQLite keeps moments as UTC ticks.
    object Stored(DateTimeOffset moment) => db.Database.IsSqlite() ? moment.UtcTicks : moment.ToUniversalTime();

    NotificationRequest Notice(Due due, Guid reader, bool client, bool hijri, TimeZoneInfo readerZone, DateTimeOffset now)
    {
        string When(string language) => Format(due, language, hijri, readerZone);
        var left = (due.At - now).TotalDays;
        var (inEn, inAr) = left < 1.5 ? ("tomorrow", "غداً") : ($"in {Math.Round(left)} days", $"بعد {Math.Round(left)} أيام");
        var (title, body) = due.Kind == DateReminderKind.Hearing
            ? (BilingualText.Isolated($"{due.Reference}: hearing {inEn}", $"{due.Reference}: جلسة {inAr}"),
               BilingualText.Isolated($"The hearing of \"{due.MatterTitle}\" at {due.What} is on {When("en")}.",
                   $"جلسة «{due.MatterTitle}» أمام {due.What} موعدها {When("ar")}."))
            : (BilingualText.Isolated($"{due.Reference}: {due.What} {inEn}", $"{due.Reference}: {due.What} {inAr}"),
               BilingualText.Isolated($"\"{due.What}\" on \"{due.MatterTitle}\" falls on {When("en")}.",
                   $"موعد «{due.What}» في «{due.MatterTitle}» هو {When("ar")}."));
        return new NotificationRequest(reader, NotificationTypes.DeadlineReminder, title, body,
            client ? $"/portal/matters/{due.MatterId}" : $"/team/matters/{due.MatterId}");
    }

    // A hearing's time in the reader's time zone, named; a key date is a day of the firm's calendar.
    string Format(Due due, string language, bool hijri, TimeZoneInfo readerZone)
    {
        var zone = due.Kind == DateReminderKind.Hearing ? readerZone : calendar.Current.Zone;
        var local = TimeZoneInfo.ConvertTime(due.At, zone);
        var culture = PortalCultures.For(language);
        var text = due.Kind == DateReminderKind.Hearing
            ? $"{local.ToString("d MMMM yyyy HH:mm", culture)} ({zone.Id})"
            : local.ToString("d MMMM yyyy", culture);
        return hijri && HolidayDates.HijriText(DateOnly.FromDateTime(local.DateTime), language) is { } h ? $"{text} ({h})" : text;
    }

    static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
