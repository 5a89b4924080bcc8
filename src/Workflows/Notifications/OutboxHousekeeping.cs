using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Deletes sent emails older than Email:SentRetention, hourly, on one instance at a time.
// Failed ones stay until an administrator retries them.
public sealed class OutboxHousekeeping(IServiceScopeFactory scopes, EmailOptions options, TimeProvider clock,
    ILogger<OutboxHousekeeping> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Sent emails could not be purged; retrying in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var cutoff = clock.GetUtcNow() - options.SentRetention;
        var purged = 0;
        await ClusterJob.TryRunAsync(db, "outbox-purge", async token => purged = await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Sent && m.SentAt < cutoff).ExecuteDeleteAsync(token), ct);
        if (purged > 0) logger.LogInformation("Purged {Count} sent emails older than {Cutoff}", purged, cutoff);
        return purged;
    }
}
