using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Notifications;

public sealed record FailedEmailView(Guid Id, string ToAddress, string Subject, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? FailedAt);

// Emails that used up their attempts: administrators see them and send them again. A retry starts
// a fresh round of attempts; the dispatcher's fenced claim still sends each one once.
public sealed class FailedEmails(PortalDb db, TimeProvider clock)
{
    static readonly Error AdminsOnly = Error.Forbidden("Only administrators manage failed emails.");

    public async Task<Result<Page<FailedEmailView>>> ListAsync(int? limit, string? cursor, string? search, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        if (limit is < 1 or > Cursor.MaxLimit) return Error.Invalid("limit", $"limit must be between 1 and {Cursor.MaxLimit}.");
        if (!Cursor.TryDecode(cursor, out var after)) return Error.Invalid("cursor", "cursor is not valid.");
        var take = Cursor.Limit(limit);
        var query = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Status == OutboxStatus.Failed);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(m => m.ToAddress.ToLower().Contains(term) || m.Subject.ToLower().Contains(term));
        }
        if (after is { } a) query = query.Where(m => Keyset.Before(m.CreatedAt, m.Id, a.At, a.Id));
        var rows = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take + 1)
            .Select(m => new FailedEmailView(m.Id, m.ToAddress, m.Subject, m.Attempts, m.LastError, m.CreatedAt, m.FailedAt))
            .ToListAsync(ct);
        var next = rows.Count > take ? new Cursor(rows[take - 1].CreatedAt, rows[take - 1].Id).Encode() : null;
        return new Page<FailedEmailView>(rows.Take(take).ToList(), next);
    }

    public async Task<Result<Done>> RetryAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed, ct);
        if (message is null) return Error.NotFound("The failed email");
        message.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<Result<int>> RetryAllAsync(Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var now = clock.GetUtcNow();
        var failed = await db.Set<OutboxMessage>().Where(m => m.Status == OutboxStatus.Failed).Take(1000).ToListAsync(ct);
        foreach (var message in failed) message.Requeue(now);
        await db.SaveChangesAsync(ct);
        return failed.Count;
    }
}
