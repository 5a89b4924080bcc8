using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Deadlines;

// A deadline counting from the next hearing, a date the host keeps (SetDateAsync) rather than a
// field a transition collects: it appears when the hearing is set, moves with it and goes with it.
public class NextHearingTests
{
    const string Json = """
    {
      "key": "court",
      "name": { "en": "Court", "ar": "محكمة" },
      "initialState": "Received",
      "states": [
        { "name": "Received", "category": "Open", "label": { "en": "Received", "ar": "مستلم" } },
        { "name": "InCourt", "category": "InProgress", "waitingOn": "Court", "label": { "en": "In court", "ar": "أمام المحكمة" },
          "deadlines": [
            { "field": "$nextHearing", "before": "P3D", "calendar": "business", "remind": ["AssignedLawyer"],
              "comment": { "en": "File the hearing papers", "ar": "قدّم مذكرات الجلسة" } }
          ] },
        { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" } }
      ],
      "transitions": [
        { "trigger": "File", "from": "Received", "to": "InCourt", "allowed": ["LegalTeam"], "label": { "en": "File", "ar": "قيد" } },
        { "trigger": "Close", "from": "InCourt", "to": "Closed", "allowed": ["LegalTeam"], "label": { "en": "Close", "ar": "إغلاق" } }
      ]
    }
    """;

    static async Task<(TestEngine Engine, Guid Id)> InCourtAsync()
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Json);
        var id = await engine.StartAsync("court", People.Client);
        await engine.MustFireAsync(id, People.Lawyer, "File");
        return (engine, id);
    }

    static async Task SetAsync(TestEngine engine, Guid id, DateOnly? day)
    {
        await using var db = engine.NewDb();
        var kept = await engine.Runner.SetDateAsync(db, id, DeadlineDefinition.NextHearing, day);
        Assert.True(kept.IsSuccess, kept.Error?.ToString());
        Assert.True((await engine.Runner.SaveAsync(db)).IsSuccess);
    }

    static async Task<List<WorkflowTimer>> TimersAsync(TestEngine engine, Guid id)
    {
        await using var db = engine.NewDb();
        return await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ThenBy(t => t.DueAt).ToListAsync();
    }

    [Fact]
    public async Task The_deadline_appears_when_a_hearing_is_set_moves_with_it_and_goes_with_it()
    {
        var (engine, id) = await InCourtAsync();
        await using var _ = engine;
        // Filed with no hearing yet: nothing to count from.
        Assert.Empty(await TimersAsync(engine, id));
        var version = (await engine.ViewAsync(id)).Version;

        // Friday 13 March 2026: three working days before is Tuesday 10 March.
        await SetAsync(engine, id, new DateOnly(2026, 3, 13));
        var first = Assert.Single(await TimersAsync(engine, id));
        Assert.Equal((TimerStatus.Pending, new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero)), (first.Status, first.DueAt));
        var view = await engine.ViewAsync(id);
        Assert.True(view.Version > version, "setting the hearing moves the version, so a concurrent step conflicts");
        var kept = Assert.Single(view.Data!, d => d.Name == DeadlineDefinition.NextHearing);
        Assert.Equal(["2026-03-13"], kept.Values);
        Assert.Equal("الجلسة القادمة", kept.Label!.Ar);
        Assert.DoesNotContain(view.History, h => h.Trigger != WorkflowRunner.StartTrigger && h.Trigger != "File");

        // Adjourned to Friday 20 March: the reminder moves to Tuesday 17 March.
        await SetAsync(engine, id, new DateOnly(2026, 3, 20));
        var pending = Assert.Single(await TimersAsync(engine, id), t => t.Status == TimerStatus.Pending);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero), pending.DueAt);

        // The hearing taken off the roll: no reminder is left to fire.
        await SetAsync(engine, id, null);
        Assert.DoesNotContain(await TimersAsync(engine, id), t => t.Status == TimerStatus.Pending);
        engine.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await engine.FireDueAsync());
    }

    [Fact]
    public async Task The_reminder_fires_for_the_lawyer_before_the_hearing()
    {
        var (engine, id) = await InCourtAsync();
        await using var _ = engine;
        await SetAsync(engine, id, new DateOnly(2026, 3, 13));
        engine.Clock.Advance(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero) - engine.Clock.GetUtcNow());
        var seen = new List<DeadlineFired>();
        Assert.Equal(1, await engine.FireDueAsync(seen: seen));
        var reminder = Assert.IsType<DeadlineReminder>(Assert.Single(seen.Single().Effects));
        Assert.Equal(["AssignedLawyer"], reminder.Parties);
        Assert.Equal("File the hearing papers", (await engine.ViewAsync(id)).History[^1].Comment);
    }

    [Fact]
    public async Task A_hearing_set_before_the_state_is_entered_is_counted_on_entry()
    {
        var engine = await TestEngine.SqliteAsync();
        await using var _ = engine;
        await engine.PublishAsync(Json);
        var id = await engine.StartAsync("court", People.Client);
        await SetAsync(engine, id, new DateOnly(2026, 3, 13));
        // Received has no deadline: nothing yet.
        Assert.Empty(await TimersAsync(engine, id));
        await engine.MustFireAsync(id, People.Lawyer, "File");
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), Assert.Single(await TimersAsync(engine, id)).DueAt);
    }

    [Fact]
    public async Task A_finished_instance_keeps_no_hearing()
    {
        var (engine, id) = await InCourtAsync();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Lawyer, "Close");
        var version = (await engine.ViewAsync(id)).Version;
        await SetAsync(engine, id, new DateOnly(2026, 3, 13));
        var view = await engine.ViewAsync(id);
        Assert.Equal(version, view.Version);
        Assert.DoesNotContain(view.Data!, d => d.Name == DeadlineDefinition.NextHearing);
        Assert.Empty(await TimersAsync(engine, id));
    }
}
