using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.Contracts;

// Lists of contracts, newest first, paged by keyset.
public sealed class ContractQueries(PortalDb db)
{
    public async Task<Result<Page<ContractSummary>>> ListAsync(Actor actor, ContractFilter filter, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Cursor.TryDecode(cursor, out var after))
            return Error.Invalid("cursor", "The cursor is not one this list issued; start again without it.");
        if (filter.Search is { Length: > 200 }) return Error.Invalid("search", "search must be at most 200 characters.");
        var take = Cursor.Limit(limit);
        var query = Filtered(actor, filter);
        if (after is { } a)
            query = query.Where(c => Keyset.Before(c.SubmittedAt, c.Id, a.At, a.Id));
        // The client's and the assigned lawyer's names come in the same statement as the row.
        var rows = await query.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id).Take(take + 1)
            .Select(c => new ContractSummary(c.Id, c.Reference, c.Path, c.Title, c.Status, c.IsDone, c.RequesterId, c.ClientId,
                c.AssignedLawyerId, c.Value, c.Currency, c.SubmittedAt, c.UpdatedAt, c.RequestTypeId,
                db.Set<ClientOrganization>().Where(o => o.Id == c.ClientId).Select(o => o.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == c.AssignedLawyerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        var next = rows.Count > take ? new Cursor(rows[take - 1].SubmittedAt, rows[take - 1].Id).Encode() : null;
        return new Page<ContractSummary>(rows.Take(take).ToList(), next);
    }

    // How many contracts the filter finds, for the list's "N results" line.
    public async Task<Result<int>> CountAsync(Actor actor, ContractFilter filter, CancellationToken ct)
    {
        if (filter.Search is { Length: > 200 }) return Error.Invalid("search", "search must be at most 200 characters.");
        return await Filtered(actor, filter).CountAsync(ct);
    }

    IQueryable<Contract> Filtered(Actor actor, ContractFilter filter)
    {
        var query = db.VisibleContracts(actor).AsNoTracking();
        query = query.Matching(filter.Search);
        if (filter.Status is { Length: > 0 } status) query = query.Where(c => c.Status == status);
        if (filter.Path is { } path) query = query.Where(c => c.Path == path);
        if (filter.ClientId is { } client) query = query.Where(c => c.ClientId == client);
        if (filter.AssignedLawyerId is { } lawyer) query = query.Where(c => c.AssignedLawyerId == lawyer);
        if (filter.Open is { } open) query = query.Where(c => c.IsDone != open);
        return query;
    }
}
