using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Api.Matters;

// A list row carries only its workflow state's name; this finds the label a person should read
// (the client-facing one for portal users) in the published definition of each type's workflow.
// Labels of a state renamed in a later version fall back to the state's name.
internal static class MatterStatusLabels
{
    public static Task<IReadOnlyDictionary<Guid, string>> ForAsync(IServiceProvider services, IReadOnlyList<MatterSummary> rows, Actor actor, CancellationToken ct) =>
        ForAsync(services, rows.Select(r => new StatusRow(r.Id, r.RequestTypeId, r.Status)).ToList(), actor, ct);

    // Contracts' rows too: any subject whose row names its request type and its state.
    public static async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IServiceProvider services, IReadOnlyList<StatusRow> rows, Actor actor, CancellationToken ct)
    {
        var types = services.GetRequiredService<RequestTypes>();
        var definitions = services.GetRequiredService<WorkflowDefinitions>();
        var db = services.GetRequiredService<PortalDb>();
        var workflows = new Dictionary<Guid, WorkflowDefinition?>();
        foreach (var typeId in rows.Select(r => r.RequestTypeId).Distinct())
        {
            var type = await types.GetAsync(typeId, actor, ct);
            var published = type.IsSuccess ? await definitions.GetPublishedAsync(db, type.Value.WorkflowKey, ct) : null;
            workflows[typeId] = published is { IsSuccess: true } ? published.Value.Definition : null;
        }
        return rows.ToDictionary(r => r.Id, r => LabelOf(workflows[r.RequestTypeId]?.FindState(r.Status), actor) ?? r.Status);
    }

    public sealed record StatusRow(Guid Id, Guid RequestTypeId, string Status);

    // The states a person can filter on: those of the workflows behind the types they may use.
    public static async Task<IReadOnlyList<(string Name, string Label)>> StatesAsync(IServiceProvider services, Actor actor, CancellationToken ct)
    {
        var catalog = await services.GetRequiredService<RequestTypes>().CatalogAsync(actor, null, ct);
        var definitions = services.GetRequiredService<WorkflowDefinitions>();
        var db = services.GetRequiredService<PortalDb>();
        var states = new List<(string Name, string Label)>();
        foreach (var key in catalog.Categories.SelectMany(g => g.Types).Select(t => t.WorkflowKey).Distinct())
        {
            var published = await definitions.GetPublishedAsync(db, key, ct);
            if (published.IsSuccess)
                states.AddRange(published.Value.Definition.States.Select(s => (s.Name, LabelOf(s, actor) ?? s.Name)));
        }
        return states.DistinctBy(s => s.Name).OrderBy(s => s.Label, StringComparer.CurrentCulture).ToList();
    }

    static string? LabelOf(StateDefinition? state, Actor actor)
    {
        var label = actor.IsLegalTeam ? state?.Label : state?.ClientLabel ?? state?.Label;
        return label?.In(actor.Language) is { Length: > 0 } text ? text : null;
    }
}
