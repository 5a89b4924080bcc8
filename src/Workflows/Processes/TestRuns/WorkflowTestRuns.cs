using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Rehearsal;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes.TestRuns;

// The legal team plays a workflow before its clients meet it: the designer's unsaved draft or the
// newest saved version, replayed in memory. Only reading the saved definition touches the database.
public sealed class WorkflowTestRuns(PortalDb db, WorkflowDefinitions definitions, Engine.Deadlines.IWorkingCalendarSource calendar, TimeProvider clock)
{
    public const int MaxSteps = 200;

    static readonly Error TeamOnly = Error.Forbidden("Only the legal team sees workflow definitions.");

    public async Task<Result<RehearsalView>> PlayAsync(string key, TestRunRequest request, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return TeamOnly;
        var definition = request.Definition;
        if (definition is null)
        {
            var latest = await definitions.GetLatestAsync(db, key, ct);
            if (!latest.IsSuccess) return latest.Error.ToError();
            definition = latest.Value.Definition;
        }
        if ((request.Fired?.Count ?? 0) > MaxSteps)
            return Error.Invalid("fired", $"A test run takes at most {MaxSteps} steps.");
        var played = new WorkflowRehearsal(calendar).Play(definition with { Key = key },
            new RehearsalRequest(request.Role ?? "", request.Data, request.Fired, request.Now ?? clock.GetUtcNow()) { Guards = request.Guards ?? [] });
        return played.IsSuccess ? played.Value : played.Error.ToError();
    }
}

// `Definition` is the designer's current draft, saved or not; without it the newest saved version plays.
public sealed record TestRunRequest(
    WorkflowDefinition? Definition, string? Role, IReadOnlyDictionary<string, string>? Data, IReadOnlyList<RehearsalStep>? Fired,
    DateTimeOffset? Now = null, IReadOnlyCollection<string>? Guards = null);
