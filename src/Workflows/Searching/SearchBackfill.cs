using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Searching;

// Rows written before the SearchText column existed hold "" and no search finds them. The folding is
// C# (Unicode decomposition), so it cannot run in a migration's SQL: the start that applies the
// Scale_SearchBackfill migration folds those rows once, in batches. A current database never pays.
public static class SearchBackfill
{
    public const string Migration = "_Scale_SearchBackfill";
    const int Batch = 500;

    public static async Task<int> AfterMigratingAsync(PortalDb db, IEnumerable<string> applied, CancellationToken ct)
    {
        if (!applied.Any(m => m.EndsWith(Migration, StringComparison.Ordinal))) return 0;
        var filled = 0;
        filled += await FillAsync<Matters.Matter>(db, ct);
        filled += await FillAsync<Contracts.Contract>(db, ct);
        filled += await FillAsync<Clients.ClientOrganization>(db, ct);
        filled += await FillAsync<People.PortalUser>(db, ct);
        return filled;
    }

    static async Task<int> FillAsync<T>(PortalDb db, CancellationToken ct) where T : class, ISearchable
    {
        var ids = await db.Set<T>().Where(r => EF.Property<string>(r, SearchText.Column) == "")
            .Select(r => EF.Property<Guid>(r, "Id")).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.Set<T>().Where(r => chunk.Contains(EF.Property<Guid>(r, "Id"))).ToListAsync(ct);
            foreach (var row in rows)
                db.Entry(row).Property<string>(SearchText.Column).CurrentValue = SearchText.Fold(row.SearchSource);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }
}
