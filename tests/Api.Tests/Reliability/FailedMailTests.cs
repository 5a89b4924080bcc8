using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Tests.Reliability;

public sealed class FailedMailTests
{
    [Fact]
    public async Task When_smtp_is_down_past_the_last_attempt_the_admin_sees_the_failed_email_and_a_retry_delivers_it_once()
    {
        await using var smtp = SmtpFixture.StartNew(running: false);
        var settings = smtp.Settings();
        settings["Email:MaxAttempts"] = "2";
        await using var app = PortalApp.OnSqlite(settings);
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Down Mail Co");
        await admin.InvitePortalUserAsync("lost@down.example", clientId);

        List<System.Text.Json.JsonElement> failed = [];
        for (var i = 0; i < 200 && failed.Count == 0; i++)
        {
            await Task.Delay(100);
            failed = [.. (await (await admin.GetAsync("/api/v1/outbox/failed")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];
        }
        var email = Assert.Single(failed);
        Assert.Equal("lost@down.example", email.GetProperty("toAddress").GetString());
        Assert.Equal(2, email.GetProperty("attempts").GetInt32());
        Assert.False(string.IsNullOrEmpty(email.GetProperty("lastError").GetString()));
        using (var client = await app.SignedInAsync("client@demo.portal"))
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/outbox/failed")).StatusCode);

        smtp.Start();
        var retry = await admin.PostAsync($"/api/v1/outbox/failed/{email.GetProperty("id").GetGuid()}/retry", null);
        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);

        await smtp.WaitForMessageToAsync("lost@down.example");
        for (var i = 0; i < 100; i++)
        {
            if (await app.WithDbAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.Status == OutboxStatus.Sent))) break;
            await Task.Delay(100);
        }
        await Task.Delay(1000); // several dispatcher ticks: nothing may be sent again
        Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "lost@down.example"));
        Assert.Empty((await (await admin.GetAsync("/api/v1/outbox/failed")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Sent_emails_older_than_the_retention_are_purged()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Email:SentRetention"] = "1.00:00:00" });
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Old Mail Co");
        await admin.InvitePortalUserAsync("old@mail.example", clientId);
        await app.WaitForPickupAsync("old@mail.example");
        for (var i = 0; i < 100 && !await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Sent)); i++)
            await Task.Delay(100);
        var housekeeping = app.Services.GetRequiredService<OutboxHousekeeping>();

        Assert.Equal(0, await housekeeping.PurgeAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True(await housekeeping.PurgeAsync(CancellationToken.None) >= 1);
        Assert.False(await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Sent)));
    }
}
