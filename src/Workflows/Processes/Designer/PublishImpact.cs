using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// What publishing the draft would mean for what runs now, if the running instances (on any
// version) were migrated to it by state name: how many sit in each state the draft removes or
// changes, how many could take each transition it removes or changes today, and which status
// labels the client reads would change (with how many instances show it now).
public sealed record PublishImpact(
    DefinitionChanges Changes, int Running, IReadOnlyDictionary<string, int> InState, IReadOnlyDictionary<string, int> AtTransition,
    IReadOnlyList<ClientLabelChange> ClientLabels)
{
    public static PublishImpact Of(WorkflowDefinition? published, WorkflowDefinition draft, IReadOnlyDictionary<string, int> runningByState)
    {
        var changes = DefinitionChanges.Between(published, draft);
        var running = runningByState.Values.Sum();
        int In(string state) => runningByState.GetValueOrDefault(state);
        var states = changes.StatesRemoved.Concat(changes.StatesChanged).ToDictionary(s => s, In);
        var before = published?.Transitions ?? [];
        var transitions = changes.TransitionsRemoved.Concat(changes.TransitionsChanged).ToDictionary(t => t, t =>
        {
            var declared = before.Where(d => d.Trigger == t).ToList();
            return declared.Any(d => d.IsGlobal) ? running : declared.SelectMany(d => d.From).Distinct().Sum(In);
        });
        var labels = new List<ClientLabelChange>();
        foreach (var old in published?.States ?? [])
        {
            var now = draft.States.FirstOrDefault(s => s.Name == old.Name);
            var (was, becomes) = (Shown(old), now is null ? null : Shown(now));
            if (was != becomes)
                labels.Add(new ClientLabelChange(old.Name, was, becomes, In(old.Name)));
        }
        return new PublishImpact(changes, running, states, transitions, labels);
    }

    // What the client reads for a state: its client label, or its label.
    static LocalizedText? Shown(StateDefinition state) => state.ClientLabel ?? state.Label;
}

// A status label the client reads that the draft changes; After is null when the state is removed.
public sealed record ClientLabelChange(string State, LocalizedText? Before, LocalizedText? After, int Running);
