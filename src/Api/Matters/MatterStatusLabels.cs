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
    public static async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IServiceProvider services, IReadOnlyList<MatterSummary> rows, Actor actor, CancellationToken ct)
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
        return rows.ToDictionary(r => r.Id, r =>
        {
            var state = workflows[r.RequestTypeId]?.FindState(r.Status);
            var label = actor.IsLegalTeam ? state?.Label : state?.ClientLabel ?? state?.Label;
            return label?.In(actor.Language) is { Length: > 0 } text ? text : r.Status;
        });
    }
}
