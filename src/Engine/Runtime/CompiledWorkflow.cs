using Stateless;
using WorkflowPortal.Engine.Conditions;
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
            .GroupBy(p => p.State, p => new CompiledTransition(p.Transition, definition, p.State))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _shape = [.. definition.States.Select(s => (s.Name, _outgoing.GetValueOrDefault(s.Name) ?? []))];
    }

    public WorkflowDefinition Definition { get; }

    public bool HasDeadlines => Definition.States.Any(s => s.Deadlines.Count > 0);

    public string Key => Definition.Key;

    public int Version => Definition.Version;

    // Compiles without validating: publishing is where definitions are validated.
    public static CompiledWorkflow Compile(WorkflowDefinition definition) => new(definition);

    // The approval steps of a state that apply to this data: a step with a condition joins only
    // while its condition holds (finance above a value). Compiled once per step and kept.
    public IReadOnlyList<ApprovalStepTemplate> ApplyingSteps(IReadOnlyList<ApprovalStepTemplate> steps, InstanceData data) =>
        [.. steps.Where(step => step.When is null || _stepConditions.GetOrAdd(step, s => CompiledCondition.Compile(s.When!, Definition)).Holds(data))];

    readonly System.Collections.Concurrent.ConcurrentDictionary<ApprovalStepTemplate, CompiledCondition> _stepConditions =
        new(ReferenceEqualityComparer.Instance);

    public StateDefinition State(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"'{Key}' v{Version} has no state '{name}'.");

    // The branch of the trigger that the data selects: the first whose condition holds, in
    // definition order (the otherwise-branch has none and always holds).
    internal CompiledTransition? Route(string state, string trigger, InstanceData data)
    {
        if (!_outgoing.TryGetValue(state, out var transitions))
            return null;
        foreach (var transition in transitions)
        {
            if (transition.Trigger == trigger && (transition.Condition is null || transition.Condition.Holds(data)))
                return transition;
        }
        return null;
    }

    internal bool Knows(string state, string trigger) =>
        _outgoing.TryGetValue(state, out var transitions) && Array.Exists(transitions, t => t.Trigger == trigger);

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
                // Branches of one trigger: only the one the data routes to is open, so Stateless
                // never sees two permitted transitions for a trigger.
                var source = state;
                Func<bool> guard = transition.Branched
                    ? () => ReferenceEquals(Route(source, transition.Trigger, facts.Data), transition) && transition.Allows(facts)
                    : () => transition.Allows(facts);
                if (transition.To == state)
                    configuration.PermitReentryIf(transition.Trigger, guard, transition.GuardDescription);
                else
                    configuration.PermitIf(transition.Trigger, transition.To, guard, transition.GuardDescription);
            }
        }
        return machine;
    }
}

// Who the guards are judging, with the facts the runner loaded about their open tasks and the
// instance's data (with the fields of the command being fired).
sealed record GuardFacts(Actor Actor, bool IsPendingDecider, InstanceData Data);

sealed class CompiledTransition(TransitionDefinition definition, WorkflowDefinition workflow, string source)
{
    public TransitionDefinition Definition => definition;

    public CompiledCondition? Condition { get; } = definition.When is null ? null : CompiledCondition.Compile(definition.When, workflow);

    // True when another transition shares this one's trigger from the same source: routing decides.
    public bool Branched { get; } = WorkflowValidator.Outgoing(workflow).Count(p => p.State == source && p.Transition.Trigger == definition.Trigger) > 1;

    public string Trigger => definition.Trigger;

    public string To => definition.To;

    public string GuardDescription { get; } = Describe(definition, workflow, source);

    public bool RefusesClients { get; } = WorkflowValidator.IsClientProof(definition);

    // Clients never decide, whatever the definition says; deciders must hold the open task.
    public bool Allows(GuardFacts facts)
    {
        var actor = facts.Actor;
        // Deadlines fire as the system; the validator keeps decisions out of their reach.
        if (actor.IsSystem)
            return !definition.IsDecision;
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

    static string Describe(TransitionDefinition definition, WorkflowDefinition workflow, string source)
    {
        var parts = new List<string>();
        if (definition.IsDecision)
            parts.Add("assigned, not a client");
        if (definition.Allowed.Count > 0)
            parts.Add(string.Join(" or ", definition.Allowed));
        parts.AddRange(definition.Guards);
        if (definition.When is not null)
            parts.Add("when " + CompiledCondition.Compile(definition.When, workflow).Text);
        else if (WorkflowValidator.Outgoing(workflow).Count(p => p.State == source && p.Transition.Trigger == definition.Trigger) > 1)
            parts.Add("otherwise");
        return string.Join(", ", parts);
    }
}
