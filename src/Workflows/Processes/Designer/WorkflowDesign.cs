using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Processes.Designer;

// What the designer reads beyond the catalog: who uses a workflow and what runs on it. The legal
// team may look; changing a definition stays with WorkflowCatalog (administrators).
public sealed class WorkflowDesign(PortalDb db, WorkflowDefinitions definitions, RequestTypes requestTypes, InstanceAccess instances)
{
    static readonly Error TeamOnly = Error.Forbidden("Only the legal team sees workflow definitions.");

    public async Task<Result<IReadOnlyList<WorkflowListRow>>> ListAsync(Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return TeamOnly;
        var summaries = await definitions.ListAsync(db, ct);
        var types = await db.Set<RequestType>().AsNoTracking().Select(t => new { t.WorkflowKey, t.Name }).ToListAsync(ct);
        var running = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.CompletedAt == null)
            .GroupBy(i => new { i.DefinitionKey, i.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionKey, g.Key.DefinitionVersion, Count = g.Count() }).ToListAsync(ct);
        return Result<IReadOnlyList<WorkflowListRow>>.From([.. summaries.Select(s => new WorkflowListRow(
            s.Key, s.Name, s.PublishedVersion, s.DraftVersion,
            [.. types.Where(t => t.WorkflowKey == s.Key).Select(t => t.Name)],
            running.Where(r => r.DefinitionKey == s.Key).ToDictionary(r => r.DefinitionVersion, r => r.Count)))]);
    }

    public async Task<Result<DesignerData>> OpenAsync(string key, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return TeamOnly;
        var latest = await definitions.GetLatestAsync(db, key, ct);
        var published = await definitions.GetPublishedAsync(db, key, ct);
        var versions = await definitions.ListVersionsAsync(db, key, ct);
        var types = await db.Set<RequestType>().AsNoTracking().ToListAsync(ct);
        var running = await (from i in db.Set<WorkflowInstance>().AsNoTracking()
                             join m in db.Set<Matter>().AsNoTracking() on i.Id equals m.WorkflowInstanceId
                             where i.DefinitionKey == key && i.CompletedAt == null
                             orderby m.Reference descending
                             select new RunningInstance(i.Id, m.Reference, i.DefinitionVersion, i.State)).Take(50).ToListAsync(ct);
        return new DesignerData(
            latest.IsSuccess ? latest.Value : null,
            published.IsSuccess ? published.Value.Definition : null,
            versions.IsSuccess ? versions.Value : [],
            [.. types.OrderBy(t => t.Name.En).Select(t => new RequestTypeChoice(t.Id, t.Name, t.WorkflowKey))],
            running);
    }

    // Before publishing: the saved draft against the published version, and what it would concern
    // among the instances running now (matters, litigation cases and contracts alike).
    public async Task<Result<PublishImpact>> ImpactAsync(string key, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator publishes workflows.");
        var latest = await definitions.GetLatestAsync(db, key, ct);
        if (!latest.IsSuccess) return latest.Error.ToError();
        var published = await definitions.GetPublishedAsync(db, key, ct);
        var running = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionKey == key && i.CompletedAt == null)
            .GroupBy(i => i.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        return PublishImpact.Of(published.IsSuccess ? published.Value.Definition : null, latest.Value.Definition,
            running.ToDictionary(r => r.State, r => r.Count));
    }

    // A request type may only run a published workflow: a draft cannot start an instance.
    public async Task<Result<RequestTypeView>> AssignAsync(Guid requestTypeId, string key, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator can change request types.");
        if (!(await definitions.GetPublishedAsync(db, key, ct)).IsSuccess)
            return Error.Conflict("workflow_not_published", $"Publish '{key}' before a request type runs it.");
        var type = await requestTypes.GetAsync(requestTypeId, actor, ct);
        if (!type.IsSuccess) return type.Error;
        var t = type.Value;
        var spec = new RequestTypeSpec(t.CategoryId, t.Name, t.Description, t.LegalNotice, t.Creates, key, t.PracticeArea,
            t.DefaultPriority, t.AssignedTeam, t.Audience, t.AudienceIds, t.IsActive, t.FirstResponseHours, t.Fields) { ReminderDays = t.ReminderDays, Assignment = t.Assignment };
        return await requestTypes.UpdateAsync(requestTypeId, spec, t.Revision, actor, ct);
    }

    public async Task<Result<InstanceDesign>> InstanceAsync(Guid instanceId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return TeamOnly;
        var view = await instances.GetAsync(instanceId, actor, ct);
        if (!view.IsSuccess) return view.Error;
        var definition = await definitions.GetVersionAsync(db, view.Value.DefinitionKey, view.Value.DefinitionVersion, ct);
        if (!definition.IsSuccess) return definition.Error.ToError();
        var reference = await db.Set<Matter>().AsNoTracking().Where(m => m.WorkflowInstanceId == instanceId)
            .Select(m => m.Reference).FirstOrDefaultAsync(ct);
        return new InstanceDesign(reference ?? "", view.Value, definition.Value.Definition);
    }
}
