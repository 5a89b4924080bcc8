using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.WorkingTime;

namespace WorkflowPortal.Api.Tests.Admin;

// The working calendar an administrator sets: who may read and change it, Hijri holidays on their
// Umm al-Qura dates, and business-day deadlines and the first-response clock counting by it.
// The app's own deadline pass runs hourly: the tests run it themselves after moving the clock.
public sealed class WorkingCalendarTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Workflows:DeadlinePollInterval"] = "01:00:00" });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Administrators_change_the_calendar_lawyers_read_it_and_clients_never_see_it()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");

        var week = new { workingDays = new[] { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday" }, timeZone = "Asia/Riyadh" };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/working-calendar/week", week)).StatusCode);
        var read = await (await lawyer.GetAsync("/api/v1/working-calendar")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"], read.GetProperty("workingDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Asia/Riyadh", read.GetProperty("timeZone").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PutAsJsonAsync("/api/v1/working-calendar/week", week)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/working-calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/working-calendar/holidays",
            new { nameEn = "Mine", nameAr = "لي", rule = "Yearly", month = 1, day = 1 })).StatusCode);

        var noDays = await (await admin.PutAsJsonAsync("/api/v1/working-calendar/week", new { workingDays = Array.Empty<string>(), timeZone = "UTC" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noDays.GetProperty("errors").TryGetProperty("workingDays", out _));
        var badZone = await (await admin.PutAsJsonAsync("/api/v1/working-calendar/week", new { workingDays = new[] { "Monday" }, timeZone = "Mars/Olympus" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badZone.GetProperty("errors").TryGetProperty("timeZone", out _));
        var badHoliday = await (await admin.PostAsJsonAsync("/api/v1/working-calendar/holidays",
            new { nameEn = "", nameAr = "عيد", rule = "Hijri", month = 13, day = 1, days = 40 })).JsonAsync(HttpStatusCode.BadRequest);
        var errors = badHoliday.GetProperty("errors");
        Assert.True(errors.TryGetProperty("nameEn", out _) && errors.TryGetProperty("date", out _) && errors.TryGetProperty("days", out _));
        Assert.Equal("Asia/Riyadh", (await (await lawyer.GetAsync("/api/v1/working-calendar")).JsonAsync(HttpStatusCode.OK)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Hijri_holidays_fall_on_their_published_Umm_al_Qura_dates()
    {
        // Eid al-Fitr 1445 began on Wednesday 10 April 2024 and Eid al-Adha on Sunday 16 June 2024.
        var fitr = new PublicHoliday("Eid al-Fitr", "عيد الفطر", HolidayRule.Hijri, 10, 1, null, 3, DateTimeOffset.UtcNow);
        var adha = new PublicHoliday("Eid al-Adha", "عيد الأضحى", HolidayRule.Hijri, 12, 10, null, 4, DateTimeOffset.UtcNow);
        Assert.Equal([new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 11), new DateOnly(2024, 4, 12)], HolidayDates.DaysIn(fitr, 2024));
        Assert.Equal([new DateOnly(2024, 6, 16), new DateOnly(2024, 6, 17), new DateOnly(2024, 6, 18), new DateOnly(2024, 6, 19)],
            HolidayDates.DaysIn(adha, 2024));
        // A 29 February holiday is kept on 28 February in a common year.
        var leap = new PublicHoliday("Leap day", "يوم كبيس", HolidayRule.Yearly, 2, 29, null, 1, DateTimeOffset.UtcNow);
        Assert.Equal([new DateOnly(2027, 2, 28)], HolidayDates.DaysIn(leap, 2027));
    }

    [Fact]
    public async Task A_business_day_deadline_and_the_first_response_clock_skip_the_weekend_and_a_holiday()
    {
        // Wednesday 10:00 UTC; Thursday is a one-off holiday; the week is Monday to Friday.
        var now = _app.Clock.GetUtcNow();
        var wednesday = now.UtcDateTime.Date.AddDays(((int)DayOfWeek.Wednesday - (int)now.UtcDateTime.DayOfWeek + 7) % 7 + 7).AddHours(10);
        _app.Clock.Advance(new DateTimeOffset(wednesday, TimeSpan.Zero) - now);
        var thursday = DateOnly.FromDateTime(wednesday.AddDays(1));

        var admin = await _app.SignedInAsync(PortalApi.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/working-calendar/holidays",
            new { nameEn = "Founding day", nameAr = "يوم التأسيس", rule = "Once", year = thursday.Year, month = thursday.Month, day = thursday.Day, days = 1 }))
            .JsonAsync(HttpStatusCode.OK);
        var calendar = await (await admin.GetAsync("/api/v1/working-calendar")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(calendar.GetProperty("upcoming").EnumerateArray(), d => d.GetProperty("date").GetString() == thursday.ToString("yyyy-MM-dd"));

        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Across the long weekend")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // 48 working hours from Wednesday 10:00: Wednesday's 14 hours, Friday's 24, Monday until 10:00.
        var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        AssertAbout(wednesday.AddDays(5), matter.GetProperty("clock").GetProperty("dueAt").GetDateTimeOffset());

        // The first reminder waits 3 business days: Friday, Monday, Tuesday.
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions",
            new { trigger = "RequestInformation", comment = "Please send the contract of employment." })).JsonAsync(HttpStatusCode.OK);
        var instance = await _app.WithDbAsync(db => db.Set<Matter>().Where(m => m.Id == id).Select(m => m.WorkflowInstanceId).SingleAsync());
        var timers = await _app.WithDbAsync(db => db.Set<WorkflowTimer>().Where(t => t.InstanceId == instance && t.Status == TimerStatus.Pending)
            .OrderBy(t => t.Deadline).ToListAsync());
        AssertAbout(wednesday.AddDays(6), timers[0].DueAt);

        // The client sees the one public deadline (closing after 14 business days, past the holiday
        // and two weekends), with what it means to them and nothing of who is reminded.
        var waiting = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        var upcoming = Assert.Single(waiting.GetProperty("upcoming").EnumerateArray());
        Assert.Equal(timers[2].DueAt, upcoming.GetProperty("dueAt").GetDateTimeOffset());
        AssertAbout(wednesday.AddDays(21), timers[2].DueAt);
        Assert.StartsWith("Please answer our question", upcoming.GetProperty("notice").GetProperty("en").GetString());
        Assert.Empty(upcoming.GetProperty("remind").EnumerateArray());
        // The team sees all three, soonest first, with what each will do.
        var team = (await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("upcoming").EnumerateArray().ToList();
        Assert.Equal(timers.Select(t => t.DueAt), team.Select(d => d.GetProperty("dueAt").GetDateTimeOffset()));
        Assert.Equal(["Requester", "AssignedLawyer"], team[1].GetProperty("remind").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("CloseUnanswered", team[2].GetProperty("fires").GetString());

        // Answered: the wait's deadlines are gone from both views.
        await (await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions",
            new { trigger = "ProvideInformation", comment = "Attached." })).JsonAsync(HttpStatusCode.OK);
        var answered = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(answered.GetProperty("upcoming").EnumerateArray());
    }

    // The test's own steps take a few seconds of real time after the clock was set.
    static void AssertAbout(DateTime expected, DateTimeOffset actual) =>
        Assert.InRange(actual, new DateTimeOffset(expected, TimeSpan.Zero), new DateTimeOffset(expected, TimeSpan.Zero) + TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Administrators_hear_once_when_nobody_has_answered_a_request_at_80_percent_of_its_target()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var id = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Nobody answers me")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var clock = await _app.WithDbAsync(db => db.Set<Matter>().Where(m => m.Id == id).Select(m => new { m.Reference, m.SubmittedAt, m.Clock }).SingleAsync());
        Assert.NotNull(clock.Clock.WarnAt);
        Assert.Equal(WorkingCalendar.MondayToFriday.AddWorkingTime(clock.SubmittedAt, TimeSpan.FromHours(48 * 0.8)), clock.Clock.WarnAt);

        Assert.Equal(0, await WarnAsync());
        _app.Clock.Advance(clock.Clock.WarnAt!.Value - _app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        Assert.True(await WarnAsync() >= 1);
        Assert.Equal(0, await WarnAsync());

        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var notices = (await (await admin.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("title").GetString()!.StartsWith($"{WorkflowPortal.Workflows.Texts.Bidi.Isolate(clock.Reference)}: first response due", StringComparison.Ordinal)).ToList();
        Assert.Single(notices);
    }

    async Task<int> WarnAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FirstResponseWarnings>().WarnDueAsync(CancellationToken.None);
    }
}
