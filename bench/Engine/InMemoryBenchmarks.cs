using BenchmarkDotNet.Attributes;
using Stateless;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Bench;

// One command as the runner does it (fresh machine from the cached compiled definition, guards,
// fire, history entry, effects) against a hand-built Stateless machine with the same states,
// transitions and role guards, fired once.
[MemoryDiagnoser]
[InProcess]
public class InMemoryBenchmarks
{
    const string From = "Drafting";
    const string Trigger = "ShareDraft";

    static readonly Actor Lawyer = new("lawyer", "Layla Haddad", [WorkflowRoles.LegalTeam, WorkflowRoles.AssignedLawyer]);
    static readonly FireCommand Command = new(Trigger);

    readonly WorkflowRunner _runner = new(new WorkflowDefinitionCache(), TimeProvider.System);
    CompiledWorkflow _compiled = null!;
    (string State, (string Trigger, string To, string[] Allowed)[] Out)[] _shape = [];

    [GlobalSetup]
    public void Setup()
    {
        var definition = BenchDefinitions.ContractRequest;
        _compiled = CompiledWorkflow.Compile(definition);
        _shape = [.. definition.States.Select(s => (s.Name, WorkflowValidator.Outgoing(definition)
            .Where(p => p.State == s.Name)
            .Select(p => (p.Transition.Trigger, p.Transition.To, p.Transition.Allowed.ToArray())).ToArray()))];
    }

    [Benchmark(Baseline = true)]
    public string RawStateless()
    {
        var state = From;
        var roles = Lawyer.Roles;
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var (name, outgoing) in _shape)
        {
            var configuration = machine.Configure(name);
            foreach (var (trigger, to, allowed) in outgoing)
                configuration.PermitIf(trigger, to, () => allowed.Any(roles.Contains), "roles");
        }
        machine.Fire(Trigger);
        return state;
    }

    [Benchmark]
    public string Engine()
    {
        var instance = new WorkflowInstance(_compiled.Key, 1, From, new("Bench", "1"), DateTimeOffset.UnixEpoch);
        var fired = _runner.Decide(instance, _compiled, OpenTasks.None, Lawyer, Command);
        return fired.Value.Instance.State;
    }
}
