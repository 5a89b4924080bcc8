using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Tests.Reliability;

// A mail server that takes longer per message than the outbox lease, with two dispatchers: the
// lease is renewed while a message is in flight and only its owner may mark it sent, so nobody
// receives an email twice.
public sealed class SlowMailTests
{
    const int Emails = 4;

    static Dictionary<string, string?> SlowSettings(SmtpFixture smtp)
    {
        // A 3 s lease against 4 s per message: the send always outlives the lease, while a renewal
        // (every second) still gets through when the machine is loaded (a 1 s lease did not).
        smtp.DelayPerMessage = TimeSpan.FromSeconds(4);
        var settings = smtp.Settings();
        settings["Email:Lease"] = "00:00:03";
        return settings;
    }

    [PostgresFact]
    public async Task Two_instances_with_a_mail_server_slower_than_the_lease_send_every_email_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var smtp = SmtpFixture.StartNew();
        var settings = SlowSettings(smtp);
        await using var first = new PortalApp(TempFolder.Create(), database.ConnectionString, settings: settings);
        await using var second = new PortalApp(TempFolder.Create(), database.ConnectionString, settings: settings);
        _ = second.Services; // both instances run their dispatchers

        await InviteAsync(first, "Slow Mail Co");

        await AssertEachSentOnceAsync(first, smtp);
    }

    [Fact]
    public async Task On_sqlite_two_dispatchers_with_a_mail_server_slower_than_the_lease_send_every_email_exactly_once()
    {
        await using var smtp = SmtpFixture.StartNew();
        await using var app = PortalApp.OnSqlite(SlowSettings(smtp));
        var other = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);
        using var stop = new CancellationTokenSource();
        var running = other.StartAsync(stop.Token);

        await InviteAsync(app, "Slow Sqlite Co");

        await AssertEachSentOnceAsync(app, smtp);
        await other.StopAsync(CancellationToken.None);
        await running;
    }

    [Fact]
    public async Task A_batch_of_emails_goes_over_one_smtp_connection()
    {
        await using var smtp = SmtpFixture.StartNew();
        var settings = smtp.Settings();
        settings["Email:PollInterval"] = "01:00:00"; // the test drives the dispatcher
        await using var app = PortalApp.OnSqlite(settings);
        await InviteAsync(app, "One Connection Co");
        var before = smtp.Sessions;

        var claimed = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        Assert.True(claimed >= Emails, $"claimed {claimed}");
        for (var i = 0; i < Emails; i++) await smtp.WaitForMessageToAsync(Address(i));
        Assert.Equal(1, smtp.Sessions - before);
    }

    static string Address(int i) => $"slow{i}@mail.example";

    static async Task InviteAsync(PortalApp app, string client)
    {
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync(client);
        for (var i = 0; i < Emails; i++) await admin.InvitePortalUserAsync(Address(i), clientId);
    }

    static async Task AssertEachSentOnceAsync(PortalApp app, SmtpFixture smtp)
    {
        for (var i = 0; i < Emails; i++) await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == Address(i)), TimeSpan.FromSeconds(60));
        for (var round = 0; round < 300; round++)
        {
            var pending = await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Sent));
            if (pending == 0) break;
            await Task.Delay(100);
        }
        // Longer than two leases: a dispatcher that wrongly took over a message would have sent it by now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        for (var i = 0; i < Emails; i++)
            Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Address(i)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Sent)));
    }
}
