using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Milestones;

// Reminds the people concerned of overdue milestones: the assigned lawyer (or the legal team),
// and the requester when the milestone is visible to them. At most once a day per milestone:
// RemindedOn is saved with the notifications, so a second run on the same day sends nothing.
public sealed class MilestoneReminders(PortalDb db, Notifier notifier, TimeProvider clock)
{
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var closed = new[] { MilestoneStatus.Completed, MilestoneStatus.Cancelled };
        var due = await (from m in db.Set<Milestone>()
                         join c in db.Set<Contract>() on m.ContractId equals c.Id
                         where m.DueDate < today && !closed.Contains(m.Status) && (m.RemindedOn == null || m.RemindedOn < today) && !c.IsDone
                         select new { Milestone = m, Contract = c }).Take(200).ToListAsync(ct);
        var legalTeam = due.Count > 0 && due.Any(d => d.Contract.AssignedLawyerId is null) ? await MilestonePeople.LegalTeamAsync(db, ct) : [];
        foreach (var item in due)
        {
            var recipients = new HashSet<Guid>(item.Contract.AssignedLawyerId is { } lawyer ? [lawyer] : legalTeam);
            if (item.Milestone.VisibleToClient) recipients.Add(item.Contract.RequesterId);
            foreach (var recipient in recipients)
            {
                await notifier.StageAsync(new NotificationRequest(recipient, NotificationTypes.MilestoneOverdue,
                    BilingualText.Isolated($"Milestone overdue: {item.Milestone.Title}", $"مرحلة متأخرة: {item.Milestone.Title}"),
                    BilingualText.Isolated($"{item.Contract.Reference}, due {item.Milestone.DueDate:yyyy-MM-dd}", $"{item.Contract.Reference}، موعدها {item.Milestone.DueDate:yyyy-MM-dd}"),
                    ContractAccess.Link(item.Contract)), ct);
            }
            item.Milestone.Reminded(today);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

// Runs the reminders every hour; the once-a-day rule lives in the use case, not in the timer.
public sealed class MilestoneReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MilestoneReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // One instance at a time: two concurrent runs would both see a milestone not yet reminded today.
                var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
                await ClusterJob.TryRunAsync(db, "milestone-reminders",
                    ct => scope.ServiceProvider.GetRequiredService<MilestoneReminders>().RemindAsync(ct), stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed run (database busy at start-up) is retried on the next tick.
                log.LogWarning(e, "Milestone reminders failed; retrying in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
