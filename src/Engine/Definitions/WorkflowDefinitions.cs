using Microsoft.EntityFrameworkCore;

namespace WorkflowPortal.Engine.Definitions;

// Definition versions in the database: seed, draft, publish, read, export. Each method is a
// whole admin use case and saves its own changes.
public sealed class WorkflowDefinitions(TimeProvider time)
{
    // Loads workflows/*.json as published version 1 of each key not yet in the database, so
    // running it on every start is harmless. A broken shipped file is a bug: it throws.
    public async Task<IReadOnlyList<string>> SeedFromFolderAsync(DbContext db, string folder, CancellationToken ct = default)
    {
        var seeded = new List<string>();
        var now = time.GetUtcNow();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order())
        {
            var parsed = WorkflowJson.Parse(await File.ReadAllTextAsync(file, ct));
            var problems = parsed.IsSuccess ? WorkflowValidator.Validate(parsed.Value) : [];
            if (!parsed.IsSuccess || problems.Count > 0)
                throw new InvalidOperationException($"{file} is not a valid workflow: {Describe(parsed.Error, problems)}");
            var definition = parsed.Value with { Version = 1 };
            if (await Versions(db, definition.Key).AnyAsync(ct))
                continue;
            var row = new WorkflowDefinitionVersion(definition.Key, 1, WorkflowJson.Write(definition), now);
            row.Publish(row.Json, now);
            db.Add(row);
            seeded.Add(definition.Key);
        }
        await db.SaveChangesAsync(ct);
        return seeded;
    }

    // Saves the document as the key's draft (creating version n+1 if there is none). Drafts may
    // be unfinished; their problems come back so the designer can show them.
    public async Task<WorkflowResult<DraftSaved>> SaveDraftAsync(DbContext db, string json, CancellationToken ct = default)
    {
        var parsed = WorkflowJson.Parse(json);
        if (!parsed.IsSuccess)
            return parsed.Error;
        var now = time.GetUtcNow();
        var key = parsed.Value.Key;
        var draft = await Versions(db, key).FirstOrDefaultAsync(v => v.Status == DefinitionStatus.Draft, ct);
        var version = draft?.Version ?? (await Versions(db, key).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        var normalized = WorkflowJson.Write(parsed.Value with { Version = version });
        if (draft is null)
            db.Add(draft = new WorkflowDefinitionVersion(key, version, normalized, now));
        else
            draft.ReviseDraft(normalized, now);
        if (await SaveAsync(db, key, ct) is { } conflict)
            return conflict;
        return new DraftSaved(DefinitionVersionView.From(draft), WorkflowValidator.Validate(parsed.Value));
    }

    // Import is a draft like any other: it is published only after validation.
    public Task<WorkflowResult<DraftSaved>> ImportAsync(DbContext db, string json, CancellationToken ct = default) =>
        SaveDraftAsync(db, json, ct);

    public Task<WorkflowResult<DefinitionVersionView>> PublishAsync(DbContext db, string key, CancellationToken ct = default) =>
        PublishAsync(db, key, (_, _) => Task.FromResult<IReadOnlyList<ValidationMessage>>([]), ct);

    // fits: the domain's own checks (can every effect, state kind and guard be carried out?).
    public async Task<WorkflowResult<DefinitionVersionView>> PublishAsync(DbContext db, string key,
        Func<WorkflowDefinition, CancellationToken, Task<IReadOnlyList<ValidationMessage>>> fits, CancellationToken ct = default)
    {
        var draft = await Versions(db, key).FirstOrDefaultAsync(v => v.Status == DefinitionStatus.Draft, ct);
        if (draft is null)
            return new NotFound("draft-not-found", $"'{key}' has no draft to publish.");
        var definition = WorkflowJson.Parse(draft.Json).Value;
        var problems = WorkflowValidator.Validate(definition).Concat(await fits(definition, ct)).ToList();
        if (problems.Count > 0)
            return ValidationMessage.ToInvalid(problems);
        draft.Publish(draft.Json, time.GetUtcNow());
        if (await SaveAsync(db, key, ct) is { } conflict)
            return conflict;
        return DefinitionVersionView.From(draft);
    }

    public async Task<WorkflowResult<DefinitionVersionView>> GetPublishedAsync(DbContext db, string key, CancellationToken ct = default)
    {
        var row = await Versions(db, key).AsNoTracking().Where(v => v.Status == DefinitionStatus.Published)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        return row is null ? Missing(key) : DefinitionVersionView.From(row);
    }

    // The draft when there is one, otherwise the newest published version: what an editor opens.
    public async Task<WorkflowResult<DefinitionVersionView>> GetLatestAsync(DbContext db, string key, CancellationToken ct = default)
    {
        var row = await Versions(db, key).AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        return row is null ? Missing(key) : DefinitionVersionView.From(row);
    }

    public async Task<WorkflowResult<DefinitionVersionView>> GetVersionAsync(DbContext db, string key, int version, CancellationToken ct = default)
    {
        var row = await Versions(db, key).AsNoTracking().FirstOrDefaultAsync(v => v.Version == version, ct);
        return row is null ? Missing($"{key} v{version}") : DefinitionVersionView.From(row);
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(DbContext db, CancellationToken ct = default)
    {
        var rows = await db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Select(v => new { v.Key, v.Version, v.Status, v.Json }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Key).OrderBy(g => g.Key).Select(g =>
        {
            var latest = g.MaxBy(r => r.Version)!;
            return new DefinitionSummary(g.Key, WorkflowJson.Parse(latest.Json).Value.Name,
                g.Where(r => r.Status == DefinitionStatus.Published).Max(r => (int?)r.Version),
                g.Where(r => r.Status == DefinitionStatus.Draft).Max(r => (int?)r.Version));
        })];
    }

    public async Task<WorkflowResult<IReadOnlyList<DefinitionVersionSummary>>> ListVersionsAsync(DbContext db, string key, CancellationToken ct = default)
    {
        var versions = await Versions(db, key).AsNoTracking().OrderBy(v => v.Version)
            .Select(v => new DefinitionVersionSummary(v.Version, v.Status, v.CreatedAt, v.PublishedAt)).ToListAsync(ct);
        return versions.Count == 0 ? Missing(key) : versions;
    }

    // The stored document, ready to be imported elsewhere.
    public async Task<WorkflowResult<string>> ExportAsync(DbContext db, string key, int version, CancellationToken ct = default)
    {
        var json = await Versions(db, key).Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? Missing($"{key} v{version}") : json;
    }

    // Two admins saving or publishing the same key at once: the second is told, not overwritten.
    // (A new draft's only constraint is the unique key+version, so a failed insert is that race.)
    static async Task<Conflict?> SaveAsync(DbContext db, string key, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Conflict("definition-changed", $"'{key}' was changed by someone else. Reload and try again.");
        }
    }

    static IQueryable<WorkflowDefinitionVersion> Versions(DbContext db, string key) =>
        db.Set<WorkflowDefinitionVersion>().Where(v => v.Key == key);

    static NotFound Missing(string what) => new("definition-not-found", $"No workflow definition '{what}'.");

    static string Describe(WorkflowError? error, IEnumerable<ValidationMessage> problems) =>
        error is Invalid invalid
            ? string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            : string.Join("; ", problems);
}
