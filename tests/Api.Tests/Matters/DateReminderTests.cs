using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Tests.Matters;

// Hearings and key dates remind their people 7 days and 1 day before (the request type's
// default), each reminder once, in the reader's language and, for a reader who chose it, with the
// Hijri date. The app's own pass runs hourly: the test moves the clock and runs the pass itself.
public sealed class DateReminderTests
{
    [Fact]
    public Task On_sqlite_hearings_and_key_dates_remind_their_people_once_each() => RemindsAsync(null);

    [PostgresFact]
    public async Task On_postgres_hearings_and_key_dates_remind_their_people_once_each()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RemindsAsync(database.ConnectionString);
    }

    static async Task RemindsAsync(string? postgres)
    {
        await using var smtp = SmtpFixture.StartNew();
        var settings = smtp.Settings();
        settings["Workflows:DeadlinePollInterval"] = "01:00:00";
        await using var app = new PortalApp(TempFolder.Create(), postgres, settings: settings);

        // 08:00 UTC tomorrow; the key date's day starts 3 days later at midnight, the hearing is 10 days on at 08:00.
        var start = app.Clock.GetUtcNow();
        app.Clock.Advance(start.UtcDateTime.Date.AddDays(1).AddHours(8) - start.UtcDateTime);
        var t0 = app.Clock.GetUtcNow();

        var sara = await app.SignedInAsync("sara@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        // Sara reads times in Riyadh (UTC+3, no summer time); the lawyer in the firm's zone, UTC by default.
        var zone = await (await sara.PutAsJsonAsync("/api/v1/me/preferences", new { hijri = true, timeZone = "Asia/Riyadh" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Asia/Riyadh", zone.GetProperty("timeZone").GetString());
        Assert.Equal("UTC", zone.GetProperty("firmTimeZone").GetString());
        var id = (await (await sara.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("عقد توريد")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var lawyerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "lawyer@demo.portal").Select(u => u.Id).SingleAsync());
        await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/assignee", new { lawyerId })).JsonAsync(HttpStatusCode.OK);
        var reference = (await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("reference").GetString()!;
        var hearing = (await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/hearings",
            new { at = t0.AddDays(10), court = "Commercial Court", visibleToClient = true })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var keyDay = DateOnly.FromDateTime(t0.UtcDateTime.AddDays(3));
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/dates",
            new { title = "Statement of defence", date = keyDay.ToString("yyyy-MM-dd"), visibleToClient = false })).JsonAsync(HttpStatusCode.Created);

        // Today the key date is within 7 days: the lawyer hears, the client (not shown the date) does not.
        Assert.Equal(1, await RemindAsync(app));
        Assert.Equal(0, await RemindAsync(app));
        await smtp.WaitForMessageAsync(m => To(m, "lawyer@demo.portal") && Shown.Text(m.Subject).Contains("Statement of defence in 3 days", StringComparison.Ordinal));

        // Two days on, its 1-day reminder.
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RemindAsync(app));
        await smtp.WaitForMessageAsync(m => To(m, "lawyer@demo.portal") && Shown.Text(m.Subject).Contains("Statement of defence tomorrow", StringComparison.Ordinal));

        // A day later the hearing is 7 days away: the lawyer in English, Sara in Arabic with the Hijri date.
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RemindAsync(app));
        Assert.Equal(0, await RemindAsync(app));
        var toLawyer = await smtp.WaitForMessageAsync(m => To(m, "lawyer@demo.portal") && Shown.Text(m.Subject) == $"{reference}: hearing in 7 days");
        Assert.Contains("\u2068Commercial Court\u2069", toLawyer.TextBody);
        Assert.DoesNotContain(" AH", toLawyer.TextBody);
        Assert.Contains("08:00 (UTC)", toLawyer.TextBody);
        var toSara = await smtp.WaitForMessageAsync(m => To(m, "sara@demo.portal") && Shown.Text(m.Subject) == $"{reference}: جلسة بعد 7 أيام");
        Assert.Contains("هـ", toSara.TextBody);
        Assert.Contains("11:00 (Asia/Riyadh)", toSara.TextBody);

        // The hearing is brought forward to tomorrow: the new date is reminded once, "tomorrow",
        // and its 7-day reminder is not sent after it.
        lawyer = await app.SignedInAsync("lawyer@demo.portal");
        await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/hearings/{hearing}",
            new { at = app.Clock.GetUtcNow().AddHours(20), court = "Commercial Court", visibleToClient = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, await RemindAsync(app));
        Assert.Equal(0, await RemindAsync(app));
        await smtp.WaitForMessageAsync(m => To(m, "sara@demo.portal") && Shown.Text(m.Subject) == $"{reference}: جلسة غداً");

        sara = await app.SignedInAsync("sara@demo.portal");
        var notices = (await (await sara.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(n => Shown.Text(n.GetProperty("title").GetString())).Where(t => t.StartsWith($"{reference}: جلسة", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{reference}: جلسة غداً", $"{reference}: جلسة بعد 7 أيام"], notices);
        // Rows: the key date 7 and 1, the hearing 7, the moved hearing 1 and the 7 it made moot.
        Assert.Equal(5, await app.WithDbAsync(db => db.Set<DateReminder>().CountAsync()));
    }

    [Fact]
    public async Task A_request_type_says_how_many_days_before_and_refuses_nonsense()
    {
        await using var app = PortalApp.OnSqlite();
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var type = await (await admin.GetAsync($"/api/v1/request-types/{MatterFlowTests.Consultation}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([7, 1], type.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()));

        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(type.GetRawText())!;
        body["reminderDays"] = JsonSerializer.SerializeToElement(new[] { 0, 400 });
        var refused = await (await admin.PutAsJsonAsync($"/api/v1/request-types/{MatterFlowTests.Consultation}", body)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("reminderDays", out _));

        body["reminderDays"] = JsonSerializer.SerializeToElement(new[] { 2, 14 });
        var saved = await (await admin.PutAsJsonAsync($"/api/v1/request-types/{MatterFlowTests.Consultation}", body)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([14, 2], saved.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()));
    }

    // More key dates already reminded than one pass reads must not hide the ones still to remind.
    [Fact]
    public async Task Key_dates_already_reminded_do_not_keep_later_ones_waiting()
    {
        await using var app = new PortalApp(TempFolder.Create(), settings: new Dictionary<string, string?> { ["Workflows:DeadlinePollInterval"] = "01:00:00" });
        var client = await app.SignedInAsync("client@demo.portal");
        var id = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var soon = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var count = DateReminders.Batch * 4 + 2;
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
                db.Add(new KeyDate(Guid.CreateVersion7(), id, $"Filing {i}", i == count - 1 ? soon.AddDays(1) : soon, visibleToClient: false));
            return await db.SaveChangesAsync();
        });

        for (var pass = 0; pass < 10 && await RemindAsync(app) > 0; pass++) { }

        var reminded = await app.WithDbAsync(db => db.Set<DateReminder>().Where(r => r.Kind == DateReminderKind.KeyDate && r.DaysBefore == 7)
            .Select(r => r.ItemId).Distinct().CountAsync());
        Assert.Equal(count, reminded);
    }

    static bool To(MimeMessage message, string address) => message.To.Mailboxes.Any(b => b.Address == address);

    static async Task<int> RemindAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DateReminders>().RemindDueAsync(CancellationToken.None);
    }
}
