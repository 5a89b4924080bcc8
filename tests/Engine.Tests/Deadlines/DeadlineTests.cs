using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Deadlines;

// Time moves only when the test moves the clock: no sleeps.
public class DeadlineTests
{
    static async Task<(TestEngine Engine, Guid Id)> WaitingAsync(string? hearingDate = null)
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Timed.Json);
        var id = await engine.StartAsync("timed", People.Client);
        var fields = hearingDate is null ? null : new Dictionary<string, string> { ["hearingDate"] = hearingDate };
        await engine.MustFireAsync(id, People.Lawyer, "Ask", fields: fields);
        return (engine, id);
    }

    static async Task<List<WorkflowTimer>> TimersAsync(TestEngine engine, Guid id)
    {
        await using var db = engine.NewDb();
        return await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.Deadline).ToListAsync();
    }

    [Fact]
    public async Task Entering_a_state_writes_its_timers_with_the_step()
    {
        var (engine, id) = await WaitingAsync();
        await using var _ = engine;
        var timers = await TimersAsync(engine, id);
        // No hearing date: the date-relative deadline has nothing to count from.
        Assert.Equal([0, 1], timers.Select(t => t.Deadline));
        Assert.All(timers, t => Assert.Equal(TimerStatus.Pending, t.Status));
        Assert.Equal(engine.Clock.GetUtcNow().AddSeconds(10), timers[0].DueAt);
        // Sunday 1 March 2026 + 14 working days (Mon-Fri) = Thursday 19 March, same time.
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 9, 0, 0, TimeSpan.Zero), timers[1].DueAt);
    }

    [Fact]
    public async Task A_reminder_fires_once_as_the_system_with_its_reason()
    {
        var (engine, id) = await WaitingAsync();
        await using var _ = engine;
        Assert.Equal(0, await engine.FireDueAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        var seen = new List<DeadlineFired>();
        Assert.Equal(1, await engine.FireDueAsync(seen: seen));
        Assert.Equal(0, await engine.FireDueAsync());

        var reminder = Assert.IsType<DeadlineReminder>(Assert.Single(seen.Single().Effects));
        Assert.Equal(["Requester"], reminder.Parties);
        var view = await engine.ViewAsync(id);
        Assert.Equal("Waiting", view.State);
        var entry = view.History[^1];
        Assert.True(entry.BySystem);
        Assert.Equal(WorkflowRunner.DeadlineTrigger, entry.Trigger);
        Assert.Equal("ننتظر ردك", entry.Reason!.Ar);
        Assert.Equal(TimerStatus.Fired, (await TimersAsync(engine, id))[0].Status);
    }

    [Fact]
    public async Task An_automatic_transition_closes_the_matter_after_fourteen_business_days()
    {
        var (engine, id) = await WaitingAsync();
        await using var _ = engine;
        engine.Clock.Advance(TimeSpan.FromDays(17));
        await engine.FireDueAsync();
        Assert.Equal("Waiting", await engine.StateAsync(id));

        engine.Clock.Advance(TimeSpan.FromDays(1));
        var seen = new List<DeadlineFired>();
        Assert.Equal(1, await engine.FireDueAsync(seen: seen));
        Assert.True(seen.Single().Moved);
        var view = await engine.ViewAsync(id);
        Assert.Equal("Closed", view.State);
        var entry = view.History[^1];
        Assert.Equal(("Close", "System", "Closed: no answer"), (entry.Trigger, entry.ActorName, entry.Comment));
        Assert.Equal("أغلق لعدم الرد", entry.Reason!.Ar);
    }

    [Fact]
    public async Task Leaving_the_state_cancels_its_timers()
    {
        var (engine, id) = await WaitingAsync();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Client, "Answer");
        Assert.All(await TimersAsync(engine, id), t => Assert.Equal(TimerStatus.Cancelled, t.Status));
        engine.Clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, await engine.FireDueAsync());
        Assert.Equal("Received", await engine.StateAsync(id));
    }

    [Fact]
    public async Task A_timer_due_while_nobody_dispatched_fires_once_when_dispatch_resumes()
    {
        var (engine, id) = await WaitingAsync();
        await using var _ = engine;
        // The app is down for a day: nothing runs, the reminder's time passes.
        engine.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await engine.FireDueAsync());
        Assert.Equal(0, await engine.FireDueAsync());
        Assert.Single((await engine.ViewAsync(id)).History, h => h.Trigger == WorkflowRunner.DeadlineTrigger);
    }

    [Theory]
    [InlineData("2026-03-11", "2026-03-04T00:00:00Z")]  // 10 days ahead: 7 days before the hearing
    [InlineData("2026-03-04", "2026-03-01T09:00:00Z")]  // 3 days ahead: the reminder is already due
    public async Task A_reminder_counts_back_from_the_hearing_date(string hearing, string due)
    {
        var (engine, id) = await WaitingAsync(hearing);
        await using var _ = engine;
        var timer = (await TimersAsync(engine, id)).Single(t => t.Deadline == 2);
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), timer.DueAt);
        engine.Clock.Advance(timer.DueAt - engine.Clock.GetUtcNow());
        var seen = new List<DeadlineFired>();
        await engine.FireDueAsync(seen: seen);
        var fired = seen.Single(f => f.Timer.Deadline == 2);
        Assert.Equal(["head@firm.example"], fired.Effects.OfType<DeadlineEscalation>().Single().Parties);
        Assert.Equal(["AssignedLawyer"], fired.Effects.OfType<DeadlineReminder>().Single().Parties);
    }

    [Fact]
    public async Task A_hearing_already_past_schedules_no_reminder()
    {
        var (engine, id) = await WaitingAsync("2026-02-20");
        await using var _ = engine;
        Assert.DoesNotContain(await TimersAsync(engine, id), t => t.Deadline == 2);
    }
}
