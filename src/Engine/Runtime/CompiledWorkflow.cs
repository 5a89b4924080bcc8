using Stateless;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// A published definition prepared once for the runner: `*` expanded, lookups built. It is
// immutable and shared; the Stateless machine built from it is not, so each command builds its own.
public sealed class CompiledWorkflow
{
    readonly Dictionary<string, StateDefinition> _states;
    readonly Dictionary<string, CompiledTransition[]> _outgoing;
    readonly (string State, CompiledTransition[] Transitions)[] _shape;

    CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        _states = definition.States.ToDictionary(s => s.Name);
        _outgoing = WorkflowValidator.Outgoing(definition)
            .GroupBy(p => p.State, p => new CompiledTransition(p.Transition))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _shape = [.. definition.States.Select(s => (s.Name, _outgoing.GetValueOrDefault(s.Name) ?? []))];
    }

    public WorkflowDefinition Definition { get; }

    public string Key => Definition.Key;

    public int Version => Definition.Version;

    // Compiles without validating: publishing is where definitions are validated.
    public static CompiledWorkflow Compile(WorkflowDefinition definition) => new(definition);

    public StateDefinition State(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"'{Key}' v{Version} has no state '{name}'.");

    internal CompiledTransition? Find(string state, string trigger)
    {
        if (!_outgoing.TryGetValue(state, out var transitions))
            return null;
        foreach (var transition in transitions)
        {
            if (transition.Trigger == trigger)
                return transition;
        }
        return null;
    }

    internal IReadOnlyList<CompiledTransition> From(string state) =>
        _outgoing.TryGetValue(state, out var transitions) ? transitions : [];

    // Mirrors the definition one to one, so Stateless's reflection (diagrams) sees the real shape.
    internal StateMachine<string, string> BuildMachine(string current, Action<string> moved, GuardFacts facts)
    {
        var machine = new StateMachine<string, string>(() => current, state =>
        {
            current = state;
            moved(state);
        });
        foreach (var (state, transitions) in _shape)
        {
            var configuration = machine.Configure(state);
            foreach (var transition in transitions)
            {
                if (transition.To == state)
                    configuration.PermitReentryIf(transition.Trigger, () => transition.Allows(facts), transition.GuardDescription);
                else
                    configuration.PermitIf(transition.Trigger, transition.To, () => transition.Allows(facts), transition.GuardDescription);
            }
        }
        return machine;
    }
}

// Who the guards are judging, with the facts the runner loaded about their open tasks.
sealed record GuardFacts(Actor Actor, bool IsPendingDecider);

sealed class CompiledTransition(TransitionDefinition definition)
{
    public TransitionDefinition Definition => definition;

    public string Trigger => definition.Trigger;

    public string To => definition.To;

    public string GuardDescription { get; } = Describe(definition);

    public bool RefusesClients { get; } = WorkflowValidator.IsClientProof(definition);

    // Clients never decide, whatever the definition says; deciders must hold the open task.
    public bool Allows(GuardFacts facts)
    {
        var actor = facts.Actor;
        if (RefusesClients && actor.IsClient)
            return false;
        if (definition.IsDecision && !facts.IsPendingDecider)
            return false;
        // Index loops, not LINQ or foreach over interfaces: guards run on every command.
        var allowed = definition.Allowed;
        var roleOk = allowed.Count == 0 && definition.IsDecision;
        for (var i = 0; i < allowed.Count && !roleOk; i++)
            roleOk = actor.HasRole(allowed[i]);
        if (!roleOk)
            return false;
        var guards = definition.Guards;
        for (var i = 0; i < guards.Count; i++)
        {
            if (!actor.Holds(guards[i]))
                return false;
        }
        return true;
    }

    static string Describe(TransitionDefinition definition)
    {
        var parts = new List<string>();
        if (definition.IsDecision)
            parts.Add("assigned, not a client");
        if (definition.Allowed.Count > 0)
            parts.Add(string.Join(" or ", definition.Allowed));
        parts.AddRange(definition.Guards);
        return string.Join(", ", parts);
    }
}
