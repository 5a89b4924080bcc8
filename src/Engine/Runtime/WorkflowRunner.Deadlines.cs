using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

public sealed partial class WorkflowRunner
{
    // Recorded in the history for a reminder or an escalation, which do not move the instance.
    public const string DeadlineTrigger = "Deadline";

    WorkingCalendar Calendar => calendars?.Current ?? WorkingCalendar.MondayToFriday;

    // The timers of a visit to a state, due from the moment it was entered or from a date field.
    internal List<WorkflowTimer> Schedule(WorkflowInstance instance, StateDefinition state, DateTimeOffset now) =>
        [.. DueTimes(state, instance.Data, now).Select(d => new WorkflowTimer(instance.Id, state.Name, instance.Visit, d.Deadline, d.DueAt, now))];

    // When each deadline of a state entered now falls due; a deadline whose date is gone has none.
    internal IEnumerable<(int Deadline, DateTimeOffset DueAt)> DueTimes(StateDefinition state, InstanceData data, DateTimeOffset now)
    {
        for (var i = 0; i < state.Deadlines.Count; i++)
        {
            if (DueAt(state.Deadlines[i], data, now) is { } due)
                yield return (i, due);
        }
    }

    // A date-relative deadline whose time has passed still fires once, now, while the date itself
    // is ahead (a hearing in 3 days still deserves its "7 days before" reminder); after it, never.
    DateTimeOffset? DueAt(DeadlineDefinition deadline, InstanceData data, DateTimeOffset enteredAt)
    {
        var business = deadline.Calendar == DeadlineCalendar.Business;
        var after = IsoDuration.Parse(deadline.After);
        if (deadline.Field is null)
            return after is null ? null : Calendar.Add(enteredAt, after, business);
        if (data[deadline.Field]?.AsDate() is not { } date)
            return null;
        var day = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Calendar.Zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var due = IsoDuration.Parse(deadline.Before) is { } before ? Calendar.Subtract(day, before, business)
            : after is not null ? Calendar.Add(day, after, business) : day;
        if (due >= enteredAt)
            return due;
        return day > enteredAt ? enteredAt : null;
    }

    // On leaving a state its pending timers are cancelled; staying while a date field changes
    // moves the timers that count from it.
    void FollowDeadlines(WorkflowInstance instance, CompiledWorkflow workflow, IReadOnlyList<WorkflowTimer> pending, InstanceData before,
        bool entered, DateTimeOffset now, List<WorkflowTimer> scheduled)
    {
        if (entered)
        {
            foreach (var timer in pending)
                timer.Cancel(now);
            scheduled.AddRange(Schedule(instance, workflow.State(instance.State), now));
            return;
        }
        var changed = instance.Data.ChangedFrom(before).ToHashSet();
        if (changed.Count == 0)
            return;
        var deadlines = workflow.State(instance.State).Deadlines;
        var current = pending.Where(t => t.Visit == instance.Visit && t.Deadline < deadlines.Count).ToList();
        foreach (var timer in current)
        {
            var deadline = deadlines[timer.Deadline];
            if (deadline.Field is null || !changed.Contains(deadline.Field))
                continue;
            if (DueAt(deadline, instance.Data, now) is { } due)
                timer.Reschedule(due);
            else
                timer.Cancel(now);
        }
        // A date that was empty when the state was entered (or whose deadline already went) gets
        // its deadline once it is given: a date moved on is a new date to keep.
        for (var i = 0; i < deadlines.Count; i++)
        {
            if (deadlines[i].Field is not { } field || !changed.Contains(field) || current.Any(t => t.Deadline == i))
                continue;
            if (DueAt(deadlines[i], instance.Data, now) is { } due)
                scheduled.Add(new WorkflowTimer(instance.Id, instance.State, instance.Visit, i, due, now));
        }
    }

    // The host tells the instance a date it keeps itself (the next hearing): the deadlines counting
    // from it move, appear or go, in the caller's unit of work. Not a step and no history line (the
    // host records the change in its own terms, and may keep it from the client), but the version
    // moves, so that a step taken concurrently conflicts instead of losing the date. A finished
    // instance keeps no dates.
    public async Task<WorkflowResult<IReadOnlyList<WorkflowTimer>>> SetDateAsync(DbContext db, Guid instanceId, string name, DateOnly? date,
        CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: true, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, _, pending) = loaded.Value;
        var before = instance.Data;
        var after = before.WithDate(name, date);
        if (instance.CompletedAt is not null || !after.ChangedFrom(before).Any() && !before.ChangedFrom(after).Any())
            return new List<WorkflowTimer>();
        instance.Record(after);
        instance.Touch(time.GetUtcNow());
        var scheduled = new List<WorkflowTimer>();
        if (date is null)
        {
            // A date taken away: its deadlines go.
            var deadlines = workflow.State(instance.State).Deadlines;
            foreach (var timer in pending.Where(t => t.Visit == instance.Visit && t.Deadline < deadlines.Count && deadlines[t.Deadline].Field == name))
                timer.Cancel(time.GetUtcNow());
        }
        else
        {
            FollowDeadlines(instance, workflow, pending, before, entered: false, time.GetUtcNow(), scheduled);
        }
        db.AddRange(scheduled);
        return scheduled;
    }

    // Fires one claimed timer as the system, in the caller's unit of work: a reminder or an
    // escalation is a history line and an effect; an automatic transition is a real step.
    public async Task<WorkflowResult<DeadlineFired>> FireDeadlineAsync(DbContext db, WorkflowTimer timer, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var loaded = await LoadAsync(db, timer.InstanceId, tracked: true, ct);
        if (!loaded.IsSuccess)
            return Stale(timer, null, now);
        var (instance, workflow, tasks, pending) = loaded.Value;
        var state = workflow.State(instance.State);
        if (timer.Status != TimerStatus.Pending || instance.State != timer.State || instance.Visit != timer.Visit || timer.Deadline >= state.Deadlines.Count)
            return Stale(timer, instance, now);

        var deadline = state.Deadlines[timer.Deadline];
        var reason = deadline.Comment ?? new LocalizedText("Deadline reached", "حلّ الموعد");
        var effects = new List<WorkflowEffect>();
        if (deadline.Remind.Count > 0)
            effects.Add(new DeadlineReminder(state.Name, deadline.Remind, reason));
        if (deadline.Escalate.Count > 0)
            effects.Add(new DeadlineEscalation(state.Name, deadline.Escalate, reason));

        WorkflowHistoryEntry entry;
        if (deadline.Fire is { } trigger)
        {
            var decided = Decide(instance, workflow, tasks, Actor.System, new FireCommand(trigger, reason.En), pending, reason);
            if (!decided.IsSuccess)
                return decided.Error;
            entry = decided.Value.Entry;
            db.AddRange(decided.Value.Scheduled);
            effects.AddRange(decided.Value.Effects);
        }
        else
        {
            instance.Step(instance.State, entered: false, final: false, now);
            entry = new WorkflowHistoryEntry(instance, Actor.System, DeadlineTrigger, instance.State, reason.En, null, now, reason);
        }
        db.Add(entry);
        timer.Fired(now);
        return new DeadlineFired(timer, instance, entry, effects);
    }

    static DeadlineFired Stale(WorkflowTimer timer, WorkflowInstance? instance, DateTimeOffset now)
    {
        if (timer.Status == TimerStatus.Pending)
            timer.Cancel(now);
        return new DeadlineFired(timer, instance!, null, []);
    }

    static async Task<List<WorkflowTimer>> LoadTimersAsync(DbContext db, WorkflowInstance instance, CompiledWorkflow workflow, bool tracked, CancellationToken ct)
    {
        if (!workflow.HasDeadlines)
            return [];
        var timers = db.Set<WorkflowTimer>().Where(t => t.InstanceId == instance.Id && t.Status == TimerStatus.Pending);
        return await (tracked ? timers : timers.AsNoTracking()).ToListAsync(ct);
    }
}
