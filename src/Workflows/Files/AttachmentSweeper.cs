using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Files;

// Settles what is left in quarantine longer than Attachments:QuarantineGrace: a file some committed
// row names is promoted, any other (its save failed, or the instance died before committing) is
// deleted. So there is never a file without a row, nor a row without a file.
public sealed class AttachmentSweeper(IServiceScopeFactory scopes, IAttachmentStore store, AttachmentOptions options,
    TimeProvider clock, ILogger<AttachmentSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The attachment quarantine could not be swept; retrying on the next tick.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // One instance sweeps at a time (ClusterJob); returns how many leftovers were settled.
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var settled = 0;
        await ClusterJob.TryRunAsync(db, "attachment-sweep", async token => settled = await SweepWithAsync(db, token), ct);
        return settled;
    }

    async Task<int> SweepWithAsync(PortalDb db, CancellationToken ct)
    {
        var names = await store.QuarantinedBeforeAsync(clock.GetUtcNow() - options.QuarantineGrace, ct);
        foreach (var chunk in names.Chunk(200))
        {
            var named = await db.Set<MatterAttachment>().Where(a => chunk.Contains(a.StoredName)).Select(a => a.StoredName)
                .Union(db.Set<ContractFile>().Where(f => chunk.Contains(f.StoredName)).Select(f => f.StoredName))
                .ToListAsync(ct);
            foreach (var name in chunk)
            {
                if (named.Contains(name)) await store.PromoteAsync(name, ct);
                else await store.DeleteAsync(name, ct);
            }
            logger.LogInformation("Attachment sweep: promoted {Promoted}, deleted {Deleted}", named.Count, chunk.Length - named.Count);
        }
        return names.Count;
    }
}
