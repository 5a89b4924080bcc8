using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowPortal.Workflows.Files;

// Ties quarantined files to the fate of the rows that name them: promoted once SaveChanges has
// committed, deleted when it throws. Inside an explicit transaction the commit comes later, so the
// files stay in quarantine: they still read, and the sweeper promotes or deletes them.
public sealed class AttachmentCommit(IAttachmentStore store) : SaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, List<string>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var added = context.ChangeTracker.Entries<IStoredFileRow>()
                .Where(e => e.State == EntityState.Added).Select(e => e.Entity.StoredName).Distinct().ToList();
            if (added.Count > 0) _pending.AddOrUpdate(context, added);
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } names && eventData.Context!.Database.CurrentTransaction is null)
            foreach (var name in names) await store.PromoteAsync(name, CancellationToken.None);
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } names && eventData.Context!.Database.CurrentTransaction is null)
            foreach (var name in names) await store.DeleteAsync(name, CancellationToken.None);
    }

    List<string>? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var names)) return null;
        _pending.Remove(context);
        return names;
    }
}
