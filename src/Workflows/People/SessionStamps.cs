using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.People;

// Every cookie and bearer request asks whether the person is still active and their security stamp
// unchanged. The answer is read as two columns (never the whole row with its password hash) and kept
// for Account:SessionCheckInterval, so a check costs a dictionary lookup most of the time, while a
// sign-out, deactivation or password change is seen by every instance within that interval (and at
// once by the instance that made it: PortalUserManager forgets the entry on every update).
public sealed class SessionStamps(IServiceScopeFactory scopes, TimeProvider clock, AccountOptions options)
{
    const int MaxEntries = 50_000;
    readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    sealed record Entry(string? Stamp, bool Active, DateTimeOffset Loaded);

    public async ValueTask<bool> IsCurrentAsync(Guid userId, string? stamp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!_entries.TryGetValue(userId, out var entry) || now - entry.Loaded >= options.SessionCheckInterval || now < entry.Loaded)
        {
            entry = await LoadAsync(userId, now, ct);
            if (_entries.Count >= MaxEntries) Trim(now);
            _entries[userId] = entry;
        }
        return entry.Active && stamp is not null && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal);
    }

    public void Forget(Guid userId) => _entries.TryRemove(userId, out _);

    async Task<Entry> LoadAsync(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.Status }).FirstOrDefaultAsync(ct);
        return new Entry(row?.SecurityStamp, row?.Status == PortalUserStatus.Active, now);
    }

    void Trim(DateTimeOffset now)
    {
        foreach (var (id, entry) in _entries)
            if (now - entry.Loaded >= options.SessionCheckInterval) _entries.TryRemove(id, out _);
        if (_entries.Count >= MaxEntries) _entries.Clear();
    }
}
