using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Diagrams;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Processes;

public sealed record PublishedDefinition(DefinitionVersionView Published, IReadOnlyList<DefinitionVersionSummary> Versions);

public sealed record DiagramView(string Key, int Version, string Mermaid);

// Workflow definitions as administrators manage them: read, draft, validate, publish, export.
public sealed class WorkflowCatalog(PortalDb db, WorkflowDefinitions definitions)
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

    public async Task<Result<DefinitionVersionView>> PublishAsync(string key, Actor actor, CancellationToken ct) =>
        !actor.IsAdmin ? AdminsOnly : (await definitions.PublishAsync(db, key, ct)).Match(v => (Result<DefinitionVersionView>)v, e => e.ToError());

    public async Task<Result<string>> ExportAsync(string key, int version, Actor actor, CancellationToken ct) =>
        !actor.IsAdmin ? AdminsOnly : (await definitions.ExportAsync(db, key, version, ct)).Match(j => (Result<string>)j, e => e.ToError());

    public async Task<Result<DiagramView>> DiagramAsync(string key, int? version, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var found = version is { } v ? await definitions.GetVersionAsync(db, key, v, ct) : await definitions.GetLatestAsync(db, key, ct);
        if (!found.IsSuccess) return found.Error.ToError();
        return new DiagramView(key, found.Value.Version, WorkflowDiagrams.Definition(found.Value.Definition, actor.Language));
    }


}
