using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// Published versions never change, so a compiled version can live for the life of the process.
// Register one instance as a singleton.
public sealed class WorkflowDefinitionCache
{
    readonly ConcurrentDictionary<(string Key, int Version), CompiledWorkflow> _compiled = new();

    // For test hosts that reset the database and publish different content under the same
    // key and version: in production a published version never changes.
    public void Clear() => _compiled.Clear();

    public async ValueTask<CompiledWorkflow?> GetAsync(DbContext db, string key, int version, CancellationToken ct = default)
    {
        if (_compiled.TryGetValue((key, version), out var workflow))
            return workflow;
        var json = await db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(v => v.Key == key && v.Version == version && v.Status == DefinitionStatus.Published)
            .Select(v => v.Json)
            .FirstOrDefaultAsync(ct);
        if (json is null)
            return null;
        // A published row was validated on the way in; failing to read it now is a bug.
        var definition = WorkflowJson.Parse(json).Value with { Version = version };
        return _compiled.GetOrAdd((key, version), CompiledWorkflow.Compile(definition));
    }
}
