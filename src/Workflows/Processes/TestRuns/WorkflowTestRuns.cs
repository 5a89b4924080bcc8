using System.Text.Json;
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
        if ((request.Fired?.Count ?? 0) > MaxSteps)
            return Error.Invalid("fired", $"A test run takes at most {MaxSteps} steps.");
        if (Malformed(request) is { } malformed)
            return malformed;
        WorkflowDefinition definition;
        if (request.Definition is { ValueKind: not JsonValueKind.Null } draft)
        {
            // The draft is read by the same strict parser as a saved one, so it names what is wrong in it.
            var parsed = WorkflowJson.Parse(draft.GetRawText());
            if (!parsed.IsSuccess) return parsed.Error.ToError();
            definition = parsed.Value;
        }
        else
        {
            var latest = await definitions.GetLatestAsync(db, key, ct);
            if (!latest.IsSuccess) return latest.Error.ToError();
            definition = latest.Value.Definition;
        }
        var played = new WorkflowRehearsal(calendar).Play(definition with { Key = key },
            new RehearsalRequest(request.Role ?? "", request.Data, request.Fired, request.Now ?? clock.GetUtcNow()) { Guards = request.Guards ?? [] });
        return played.IsSuccess ? played.Value : played.Error.ToError();
    }

    // Empty places a JSON body can carry where the run needs a value: each named, never a server error.
    static Error? Malformed(TestRunRequest request)
    {
        foreach (var (step, index) in (request.Fired ?? []).Select((s, i) => (s, i)))
        {
            if (step is null || string.IsNullOrWhiteSpace(step.Trigger))
                return Error.Invalid($"fired[{index}]", "Each step names the trigger it fires.");
            if (step.Fields?.Any(f => f.Value is null) == true)
                return Error.Invalid($"fired[{index}].fields", "A field value may be empty text but not null.");
        }
        if (request.Data?.Any(f => f.Value is null) == true)
            return Error.Invalid("data", "A field value may be empty text but not null.");
        if (request.Guards?.Any(string.IsNullOrWhiteSpace) == true)
            return Error.Invalid("guards", "A guard is named by a word.");
        return null;
    }
}

// `Definition` is the designer's current draft (the definition document), saved or not; without it
// the newest saved version plays.
public sealed record TestRunRequest(
    JsonElement? Definition, string? Role, IReadOnlyDictionary<string, string>? Data, IReadOnlyList<RehearsalStep>? Fired,
    DateTimeOffset? Now = null, IReadOnlyCollection<string>? Guards = null);
