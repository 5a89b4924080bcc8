using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Reliability;

// The lane's two instances behind nginx, both sending through one mail server that takes longer
// per message than the outbox lease: each instance's dispatcher competes for every message, and
// still nobody receives an email twice.
public sealed class SlowMailCluster : ScaleOutFixture
{
    public SmtpFixture Smtp { get; } = SmtpFixture.StartNew();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings()
    {
        // A 3 s lease against 4 s per message: every send outlives the lease it started under.
        Smtp.DelayPerMessage = TimeSpan.FromSeconds(4);
        var settings = Smtp.Settings();
        settings["Email:Lease"] = "00:00:03";
        return settings;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class ScaleOutMailTests(SlowMailCluster cluster) : IClassFixture<SlowMailCluster>
{
    const int Emails = 6;

    [ScaleOutFact]
    public async Task Invitations_sent_through_both_instances_to_a_slow_mail_server_arrive_exactly_once_each()
    {
        var (first, second) = await cluster.ClientsOnBothAsync(PortalApi.Admin, 1);
        var clientId = await first[0].CreateClientAsync("Slow Mail Behind Nginx");
        var addresses = Enumerable.Range(0, Emails).Select(i => $"lane{i}@slow.example").ToList();
        // Half the invitations are written by each instance; both dispatchers then race for all of them.
        for (var i = 0; i < Emails; i++)
            await (i % 2 == 0 ? first[0] : second[0]).InvitePortalUserAsync(addresses[i], clientId);

        foreach (var address in addresses)
            await cluster.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == address), TimeSpan.FromSeconds(120));
        // Longer than two leases after the last arrival: a wrongly taken-over message would have been sent again by now.
        await Task.Delay(TimeSpan.FromSeconds(8));
        foreach (var address in addresses)
            Assert.Single(cluster.Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == address));
        foreach (var client in first.Concat(second)) client.Dispose();
    }
}
