using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.Matters;

// Lists of matters in the order asked for (newest first unless told), paged by keyset so that no
// list ever loads unbounded rows.
public sealed class MatterQueries(PortalDb db)
{
    public async Task<Result<Page<MatterSummary>>> ListAsync(Actor actor, MatterFilter filter, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Cursor.TryDecode(cursor, out var after))
            return Error.Invalid("cursor", "The cursor is not one this list issued; start again without it.");
        var take = Cursor.Limit(limit);
        var rows = await Filtered(actor, filter, after).Take(take + 1).Select(Summary()).ToListAsync(ct);
        var next = rows.Count > take ? CursorOf(rows[take - 1], filter.Order).Encode() : null;
        return new Page<MatterSummary>(rows.Take(take).ToList(), next);
    }

    // How many matters the filter finds, for the list's "N matters" line.
    public Task<int> CountAsync(Actor actor, MatterFilter filter, CancellationToken ct) =>
        Filtered(actor, filter, null).CountAsync(ct);

    // Every matching row, read in pages: for CSV export.
    public async IAsyncEnumerable<MatterSummary> AllAsync(Actor actor, MatterFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        Cursor? after = null;
        while (true)
        {
            var rows = await Filtered(actor, filter, after).Take(Cursor.MaxLimit).Select(Summary()).ToListAsync(ct);
            foreach (var row in rows) yield return row;
            if (rows.Count < Cursor.MaxLimit) yield break;
            after = CursorOf(rows[^1], filter.Order);
        }
    }

    IQueryable<Matter> Filtered(Actor actor, MatterFilter filter, Cursor? after)
    {
        var query = db.Set<Matter>().AsNoTracking().VisibleTo(actor);
        query = query.Matching(filter.Search);
        if (filter.Status is { Length: > 0 } status) query = query.Where(m => m.Status == status);
        if (filter.CategoryId is { } category) query = query.Where(m => m.CategoryId == category);
        if (filter.PracticeArea is { Length: > 0 } area) query = query.Where(m => m.PracticeArea == area);
        if (filter.AssignedLawyerId is { } lawyer) query = query.Where(m => m.AssignedLawyerId == lawyer);
        if (filter.ClientId is { } client) query = query.Where(m => m.ClientId == client);
        if (filter.Kind is { } kind) query = query.Where(m => m.Kind == kind);
        if (filter.Open is { } open) query = query.Where(m => m.IsDone != open);
        if (filter.FromPortal is { } portal) query = query.Where(m => m.FromPortal == portal);
        return filter.Order switch
        {
            MatterOrder.Oldest => (after is { } c ? query.Where(m => Keyset.After(m.SubmittedAt, m.Id, c.At, c.Id)) : query)
                .OrderBy(m => m.SubmittedAt).ThenBy(m => m.Id),
            MatterOrder.RecentlyUpdated => (after is { } c ? query.Where(m => Keyset.Before(m.UpdatedAt, m.Id, c.At, c.Id)) : query)
                .OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id),
            MatterOrder.LeastRecentlyUpdated => (after is { } c ? query.Where(m => Keyset.After(m.UpdatedAt, m.Id, c.At, c.Id)) : query)
                .OrderBy(m => m.UpdatedAt).ThenBy(m => m.Id),
            _ => (after is { } c ? query.Where(m => Keyset.Before(m.SubmittedAt, m.Id, c.At, c.Id)) : query)
                .OrderByDescending(m => m.SubmittedAt).ThenByDescending(m => m.Id),
        };
    }

    static Cursor CursorOf(MatterSummary row, MatterOrder order) =>
        new(order is MatterOrder.RecentlyUpdated or MatterOrder.LeastRecentlyUpdated ? row.UpdatedAt : row.SubmittedAt, row.Id);

    // The client's and the assigned lawyer's names come in the same statement as the row.
    System.Linq.Expressions.Expression<Func<Matter, MatterSummary>> Summary() => m => new MatterSummary(
        m.Id, m.Reference, m.Kind, m.Title, m.RequestTypeId, m.CategoryId, m.Status, m.IsDone, m.Priority, m.PracticeArea,
        m.RequesterId, m.ClientId, m.AssignedLawyerId, m.FromPortal, m.SubmittedAt, m.UpdatedAt,
        db.Set<ClientOrganization>().Where(c => c.Id == m.ClientId).Select(c => c.Name).FirstOrDefault(),
        db.Users.Where(u => u.Id == m.AssignedLawyerId).Select(u => u.DisplayName).FirstOrDefault());
}
