using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Diagrams;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Processes.ChangeLog;

namespace WorkflowPortal.Workflows.Processes;

public sealed record PublishedDefinition(DefinitionVersionView Published, IReadOnlyList<DefinitionVersionSummary> Versions);

public sealed record DiagramView(string Key, int Version, string Mermaid);

// Workflow definitions as administrators manage them: read, draft, validate, publish, export.
public sealed class WorkflowCatalog(PortalDb db, WorkflowDefinitions definitions, TimeProvider clock)
{
    static readonly Error AdminsOnly = Error.Forbidden("Only an administrator manages workflow definitions.");

    public async Task<Result<IReadOnlyList<DefinitionSummary>>> ListAsync(Actor actor, CancellationToken ct) =>
        actor.IsAdmin ? Result<IReadOnlyList<DefinitionSummary>>.From(await definitions.ListAsync(db, ct)) : AdminsOnly;

    public async Task<Result<PublishedDefinition>> PublishedAsync(string key, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var published = await definitions.GetPublishedAsync(db, key, ct);
        if (!published.IsSuccess) return published.Error.ToError();
        var versions = await definitions.ListVersionsAsync(db, key, ct);
        return new PublishedDefinition(published.Value, versions.Value);
    }

    public async Task<Result<DefinitionVersionView>> VersionAsync(string key, int version, Actor actor, CancellationToken ct) =>
        !actor.IsAdmin ? AdminsOnly : (await definitions.GetVersionAsync(db, key, version, ct)).Match(v => (Result<DefinitionVersionView>)v, e => e.ToError());

    public async Task<Result<DraftSaved>> SaveDraftAsync(string key, string json, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var parsed = WorkflowJson.Parse(json);
        if (!parsed.IsSuccess) return parsed.Error!.ToError();
        if (parsed.Value.Key != key) return Error.Invalid("key", $"The document's key '{parsed.Value.Key}' does not match '{key}'.");
        return (await definitions.SaveDraftAsync(db, json, ct)).Match(d => (Result<DraftSaved>)d, e => e.ToError());
    }

    public async Task<Result<DraftSaved>> ImportAsync(string json, Actor actor, CancellationToken ct) =>
        !actor.IsAdmin ? AdminsOnly : (await definitions.ImportAsync(db, json, ct)).Match(d => (Result<DraftSaved>)d, e => e.ToError());

    // The change log's line is staged first so that it commits with the publication, or not at all.
    public async Task<Result<DefinitionVersionView>> PublishAsync(string key, Actor actor, CancellationToken ct, string? note = null)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        if (DefinitionChangeLog.CheckNote(note) is { } tooLong) return tooLong;
        var draft = await db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(v => v.Key == key && v.Status == DefinitionStatus.Draft).Select(v => (int?)v.Version).FirstOrDefaultAsync(ct);
        var line = draft is { } version ? DefinitionChange.Published(key, version, actor.UserId, actor.DisplayName, note, clock.GetUtcNow()) : null;
        if (line is not null) db.Add(line);
        // Besides the engine's own rules, the draft must be carried out for every request type using it.
        var published = await definitions.PublishAsync(db, key, async (definition, c) =>
            WorkflowFitness.Check(definition, await SubjectKindsUsingAsync(key, c)), ct);
        if (!published.IsSuccess && line is not null) db.Entry(line).State = EntityState.Detached;
        return published.Match(v => (Result<DefinitionVersionView>)v, e => e.ToError());
    }

    public async Task<Result<string>> ExportAsync(string key, int version, Actor actor, CancellationToken ct) =>
        !actor.IsAdmin ? AdminsOnly : (await definitions.ExportAsync(db, key, version, ct)).Match(j => (Result<string>)j, e => e.ToError());

    public async Task<Result<DiagramView>> DiagramAsync(string key, int? version, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var found = version is { } v ? await definitions.GetVersionAsync(db, key, v, ct) : await definitions.GetLatestAsync(db, key, ct);
        if (!found.IsSuccess) return found.Error.ToError();
        return new DiagramView(key, found.Value.Version, WorkflowDiagrams.Definition(found.Value.Definition, actor.Language));
    }

    async Task<IReadOnlyCollection<SubjectKind>> SubjectKindsUsingAsync(string key, CancellationToken ct) =>
        [.. (await db.Set<RequestType>().AsNoTracking().Where(t => t.WorkflowKey == key).Select(t => t.Creates).Distinct().ToListAsync(ct))
            .Select(SubjectKinds.Of).Distinct()];
}
