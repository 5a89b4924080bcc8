using BenchmarkDotNet.Attributes;
using Stateless;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Bench;

// One command as the runner does it once the instance is loaded (fresh machine from the cached
// compiled definition, guards, fire, required fields, history entry, effects) against a
// hand-built Stateless machine with the same states, transitions and role guards. Both bounce
// one contract between the lawyer (ShareDraft) and the client (RequestChanges, comment required).
[MemoryDiagnoser]
[InProcess]
public class InMemoryBenchmarks
{
    static readonly Actor Lawyer = new("lawyer", "Layla Haddad", [WorkflowRoles.LegalTeam, WorkflowRoles.AssignedLawyer]);
    static readonly Actor Client = new("client", "Omar Al-Mansouri", [WorkflowRoles.Requester], IsClient: true);
    static readonly FireCommand Share = new("ShareDraft");
    static readonly FireCommand Changes = new("RequestChanges", "Please revise clause 4.");

    readonly WorkflowRunner _runner = new(new WorkflowDefinitionCache(), TimeProvider.System);
    CompiledWorkflow _compiled = null!;
    WorkflowInstance _instance = null!;
    string _rawState = "Drafting";
    (string State, (string Trigger, string To, string[] Allowed)[] Out)[] _shape = [];

    [GlobalSetup]
    public void Setup()
    {
        var definition = BenchDefinitions.ContractRequest;
        _compiled = CompiledWorkflow.Compile(definition);
        _instance = new WorkflowInstance(definition.Key, 1, "Drafting", new("Bench", "1"), DateTimeOffset.UnixEpoch);
        _shape = [.. definition.States.Select(s => (s.Name, WorkflowValidator.Outgoing(definition)
            .Where(p => p.State == s.Name)
            .Select(p => (p.Transition.Trigger, p.Transition.To, p.Transition.Allowed.ToArray())).ToArray()))];
    }

    [Benchmark(Baseline = true)]
    public string RawStateless()
    {
        var (actor, trigger) = _rawState == "Drafting" ? (Lawyer, Share.Trigger) : (Client, Changes.Trigger);
        var roles = actor.Roles;
        var machine = new StateMachine<string, string>(() => _rawState, s => _rawState = s);
        foreach (var (name, outgoing) in _shape)
        {
            var configuration = machine.Configure(name);
            foreach (var (t, to, allowed) in outgoing)
                configuration.PermitIf(t, to, () => HasAny(allowed, roles), "roles");
        }
        machine.Fire(trigger);
        return _rawState;
    }

    [Benchmark]
    public string Engine()
    {
        var (actor, command) = _instance.State == "Drafting" ? (Lawyer, Share) : (Client, Changes);
        var fired = _runner.Decide(_instance, _compiled, OpenTasks.None, actor, command);
        return fired.Value.Instance.State;
    }

    // A tight loop, not LINQ, so the baseline is as cheap as a hand-written guard can be.
    static bool HasAny(string[] allowed, IReadOnlyCollection<string> roles)
    {
        foreach (var role in allowed)
        {
            if (roles.Contains(role))
                return true;
        }
        return false;
    }
}
