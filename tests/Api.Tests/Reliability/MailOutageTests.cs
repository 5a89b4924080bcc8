using System.Net;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Tests.Reliability;

public sealed class MailOutageTests
{
    [Fact]
    public async Task A_mail_outage_tells_the_administrators_once_in_the_app_and_by_email_when_the_server_is_back()
    {
        await using var smtp = SmtpFixture.StartNew(running: false);
        var settings = smtp.Settings();
        settings["Email:MaxAttempts"] = "2";
        settings["Email:FailingAlertAfter"] = "00:00:02";
        await using var app = PortalApp.OnSqlite(settings);
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Outage Co");
        string[] invited = ["one@outage.example", "two@outage.example", "three@outage.example"];
        foreach (var email in invited) await admin.InvitePortalUserAsync(email, clientId);

        // Three emails fail, the outage outlasts the alert delay, and several more dispatcher ticks pass.
        await WaitUntilAsync(async () => (await FailedAsync(admin)).Count(e => invited.Contains(e.GetProperty("toAddress").GetString())) == 3);
        await WaitUntilAsync(async () => (await AlertsAsync(admin)).Count > 0);
        await Task.Delay(3000);
        var alert = Assert.Single(await AlertsAsync(admin));
        Assert.Equal("/admin/failed-emails", alert.GetProperty("link").GetString());

        smtp.Start();
        var requeued = await admin.PostAsync("/api/v1/outbox/failed/retry", null);
        Assert.True((await requeued.JsonAsync(HttpStatusCode.OK)).GetInt32() >= 3);
        foreach (var email in invited) await smtp.WaitForMessageToAsync(email);
        await smtp.WaitForMessageToAsync(PortalApi.Admin);
        await Task.Delay(1500); // several dispatcher ticks: nothing may be sent again
        foreach (var email in invited)
            Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == PortalApi.Admin));
        Assert.Single(await AlertsAsync(admin));
        Assert.Empty(await FailedAsync(admin));
    }

    static async Task<List<JsonElement>> FailedAsync(HttpClient admin) =>
        [.. (await (await admin.GetAsync("/api/v1/outbox/failed")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];

    static async Task<List<JsonElement>> AlertsAsync(HttpClient admin) =>
        [.. (await (await admin.GetAsync("/api/v1/notifications?limit=100")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("type").GetString() == NotificationTypes.MailFailing)];

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(200);
        }
    }
}
