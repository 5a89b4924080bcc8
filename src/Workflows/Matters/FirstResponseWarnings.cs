using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

// A matter nobody has answered yet whose first-response target is near (its WarnAt passed): the
// administrators hear of it once. The claim is a conditional UPDATE of WarnedAt, committed with the
// notices, so two app instances racing for one matter send one warning.
public sealed class FirstResponseWarnings(PortalDb db, SubjectParties parties, Notifier notifier, IWorkingCalendarSource calendar, TimeProvider clock)
{
    public const int Batch = 50;

    public async Task<int> WarnDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<Matter>().AsNoTracking()
            .Where(m => !m.IsDone && m.Clock.WarnAt <= now && m.Clock.WarnedAt == null && m.Clock.RespondedAt == null && m.Clock.PausedSince == null)
            .OrderBy(m => m.Clock.WarnAt).Take(Batch)
            .Select(m => new { m.Id, m.Reference, m.Title, m.Clock })
            .ToListAsync(ct);
        var warned = 0;
        foreach (var matter in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<Matter>().Where(m => m.Id == matter.Id && m.Clock.WarnedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Clock.WarnedAt, now), ct);
            if (claimed == 0) continue;
            var target = matter.Clock.DueAt(now) ?? now;
            var (en, ar) = (When(target, "en"), When(target, "ar"));
            var admins = await parties.AdminsAsync(ct);
            await notifier.StageManyAsync([.. admins.Select(a => new NotificationRequest(a.Id, NotificationTypes.DeadlineEscalated,
                BilingualText.Isolated($"{matter.Reference}: first response due {en}", $"{matter.Reference}: موعد الرد الأول {ar}"),
                BilingualText.Isolated($"Nobody has answered \"{matter.Title}\" yet and its first-response target is near: {en}.",
                    $"لم يرد أحد بعد على «{matter.Title}» وقد اقترب موعد الرد الأول: {ar}."),
                $"/team/matters/{matter.Id}"))], ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            warned++;
        }
        return warned;
    }

    // In the firm's time zone, named, so that nobody has to guess whose 9 o'clock it is.
    string When(DateTimeOffset moment, string language)
    {
        var zone = calendar.Current.Zone;
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        var culture = WorkflowPortal.Workflows.Texts.PortalCultures.For(language);
        return $"{local.ToString("d MMMM yyyy HH:mm", culture)} ({zone.Id})";
    }
}
