using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Tells the administrators, in the app and by email, once per outage, when no email could be sent
// for Email:FailingAlertAfter. The email waits in the outbox like any other and arrives when the
// mail server is back; the in-app notification is there at once.
public sealed class MailOutage(PortalDb db, Notifier notifier, EmailOptions options, TimeProvider clock)
{
    // A batch in which nothing could be sent starts an outage (if none is running).
    public static Task FailedAsync(PortalDb db, DateTimeOffset now, CancellationToken ct) =>
        db.Set<MailHealth>().Where(h => h.Id == MailHealth.SingletonId && h.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.FailingSince, now), ct);

    // Any successful send ends it: the next outage is alerted again.
    public static Task SucceededAsync(PortalDb db, CancellationToken ct) =>
        db.Set<MailHealth>().Where(h => h.Id == MailHealth.SingletonId && h.FailingSince != null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.FailingSince, (DateTimeOffset?)null).SetProperty(h => h.AlertedAt, (DateTimeOffset?)null), ct);

    // Returns true when this call alerted. The claim and the notifications commit together.
    public async Task<bool> AlertIfDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.FailingAlertAfter;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<MailHealth>()
            .Where(h => h.Id == MailHealth.SingletonId && h.FailingSince != null && h.FailingSince <= cutoff && h.AlertedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.AlertedAt, now), ct);
        if (claimed == 0) return false;
        var since = await db.Set<MailHealth>().Where(h => h.Id == MailHealth.SingletonId).Select(h => h.FailingSince).SingleAsync(ct);
        var minutes = (int)Math.Max(1, (now - since!.Value).TotalMinutes);
        var admins = await (from user in db.Users
                            join link in db.UserRoles on user.Id equals link.UserId
                            join role in db.Roles on link.RoleId equals role.Id
                            where role.Name == Roles.Admin && user.Status == PortalUserStatus.Active
                            select user.Id).Distinct().ToListAsync(ct);
        await notifier.StageManyAsync([.. admins.Select(id => new NotificationRequest(id, NotificationTypes.MailFailing,
            new BilingualText("Emails are not being sent", "لا تُرسَل رسائل البريد الإلكتروني"),
            BilingualText.Isolated($"No email could be sent for {minutes} minutes. They wait in the outbox; check the mail server, then retry the failed ones.",
                $"تعذّر إرسال أي رسالة بريد إلكتروني منذ {minutes} دقيقة. الرسائل محفوظة في صندوق الصادر؛ تحقّق من خادم البريد ثم أعد إرسال الرسائل المتعثّرة."),
            "/admin/failed-emails"))], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
