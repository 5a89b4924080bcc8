using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Tests.Notifications;

public sealed class OutboxTests
{
    [Fact]
    public async Task While_the_smtp_server_is_down_the_outbox_retries_and_delivers_once_when_it_is_back()
    {
        await using var smtp = SmtpFixture.StartNew(running: false);
        await using var app = PortalApp.OnSqlite(smtp.Settings());
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Patience Ltd");
        await admin.InvitePortalUserAsync("waiting@patience.example", clientId);

        await WaitUntilAsync(app, m => m.Attempts >= 2 && m.Status == OutboxStatus.Pending && m.LastError != null);
        Assert.Empty(smtp.Received);

        smtp.Start();
        await smtp.WaitForMessageToAsync("waiting@patience.example");
        var sent = await WaitUntilAsync(app, m => m.Status == OutboxStatus.Sent);
        await Task.Delay(1500); // several more dispatcher ticks: nothing may be sent again
        Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "waiting@patience.example"));
        Assert.True(sent.Attempts >= 3);
        Assert.NotNull(sent.SentAt);
    }

    [PostgresFact]
    public async Task On_postgres_two_dispatchers_claiming_at_once_send_each_message_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var smtp = SmtpFixture.StartNew();
        var settings = smtp.Settings();
        settings["Email:PollInterval"] = "01:00:00"; // the test drives the dispatchers itself
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString, settings: settings);
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Many Messages Co");
        for (var i = 0; i < 6; i++) await admin.InvitePortalUserAsync($"person{i}@many.example", clientId);

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var claimed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.DispatchOnceAsync(CancellationToken.None))));

        Assert.True(claimed.Sum() <= 6, $"claimed {claimed.Sum()} of 6 messages");
        while (await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0) { }
        for (var i = 0; i < 6; i++) await smtp.WaitForMessageToAsync($"person{i}@many.example");
        Assert.Equal(6, smtp.Received.Count);
    }

    [Fact]
    public async Task Pickup_mode_writes_an_eml_file_with_html_and_plain_text_parts()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/v1/auth/forgot-password",
            System.Net.Http.Json.JsonContent.Create(new { email = "client@demo.portal" }))).StatusCode);

        var email = await app.WaitForPickupAsync("client@demo.portal");
        Assert.Contains("lang=\"en\"", email.HtmlBody);
        Assert.Contains("dir=\"ltr\"", email.HtmlBody);
        Assert.Contains("Choose a new password", email.TextBody);
        Assert.DoesNotContain("<", email.TextBody);
    }

    static async Task<OutboxMessage> WaitUntilAsync(PortalApp app, Func<OutboxMessage, bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            var messages = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
            if (messages.FirstOrDefault(condition) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("The outbox never reached the expected state.");
    }
}
