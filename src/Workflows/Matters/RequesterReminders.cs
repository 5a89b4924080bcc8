using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Texts;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Matters;

public sealed record ReminderSent(DateTimeOffset At, DateTimeOffset NextAllowedAt);

// While a matter waits on its requester, the legal team may remind them: the requester hears the
// team's open question again (in the portal and by email, in their language), and the history says
// who reminded and when. One reminder per matter in a day, so that a client is never flooded; the
// workflow's own deadline reminders come on top, as the definition declares them.
public sealed class RequesterReminders(PortalDb db, WorkflowRunner runner, WorkflowDefinitionCache definitions, Notifier notifier, TimeProvider clock)
{
    public const string Trigger = "RemindRequester";
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task<Result<ReminderSent>> RemindAsync(Guid matterId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return MatterLookup.NotFound;
        var matter = await db.Set<Matter>().FirstOrDefaultAsync(m => m.Id == matterId, ct);
        if (matter is null) return MatterLookup.NotFound;
        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == matter.WorkflowInstanceId, ct);
        var workflow = await definitions.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct);
        if (matter.IsDone || workflow?.State(instance.State).WaitingOn != WorkflowRoles.Requester)
            return Error.Conflict("not-waiting-on-requester", "The matter is not waiting for the requester.");

        var now = clock.GetUtcNow();
        var last = await db.Set<WorkflowHistoryEntry>().AsNoTracking()
            .Where(h => h.InstanceId == instance.Id && h.Trigger == Trigger)
            .OrderByDescending(h => h.Sequence).Select(h => (DateTimeOffset?)h.At).FirstOrDefaultAsync(ct);
        if (last is { } before && now - before < Interval)
            return Error.Conflict("reminded-recently", "The requester was reminded less than a day ago.");

        var question = await db.Set<WorkflowHistoryEntry>().AsNoTracking()
            .Where(h => h.InstanceId == instance.Id && h.ToState == instance.State
                && h.Trigger != Trigger && h.Trigger != Assignment.LawyerAssignment.Trigger)
            .OrderByDescending(h => h.Sequence).Select(h => h.Comment).FirstOrDefaultAsync(ct);
        runner.Remark(db, instance, WorkflowSteps.EngineActor(matter, actor), Trigger,
            new LocalizedText(Bidi.Text($"{actor.DisplayName} reminded the requester."), Bidi.Text($"ذكّر {actor.DisplayName} مقدّم الطلب.")));
        IWorkflowSubject subject = matter;
        await notifier.StageAsync(new NotificationRequest(matter.RequesterId, NotificationTypes.DeadlineReminder,
            BilingualText.Isolated($"Reminder: {matter.Reference} is waiting for your answer", $"تذكير: الطلب {matter.Reference} بانتظار ردك"),
            question is { Length: > 0 }
                ? BilingualText.Isolated($"\"{matter.Title}\": the legal team asked: {question}", $"«{matter.Title}»: سأل الفريق القانوني: {question}")
                : BilingualText.Isolated($"\"{matter.Title}\": the legal team is waiting for your answer.", $"«{matter.Title}»: الفريق القانوني بانتظار ردك."),
            subject.PortalLink), ct);
        // Two lawyers reminding at once: one reminder goes out, the other hears of the race.
        var saved = await runner.SaveAsync(db, ct);
        return saved.IsSuccess ? new ReminderSent(now, now + Interval) : saved.Error.ToError();
    }
}
