using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Rehearsal;

// Explains the triggers the machine did not permit: the decision stays the runner's (Actions),
// this only names which of the transition's rules the player does not meet, in the order
// CompiledTransition.Allows checks them.
static class Refusals
{
    public static List<RefusedAction> Of(CompiledWorkflow workflow, string state, InstanceData data, Actor actor, bool pendingDecider,
        IReadOnlyList<AvailableAction> permitted)
    {
        var refused = new List<RefusedAction>();
        foreach (var trigger in workflow.From(state).Select(t => t.Trigger).Distinct(StringComparer.Ordinal))
        {
            if (permitted.Any(a => a.Trigger == trigger))
                continue;
            var routed = workflow.Route(state, trigger, data);
            var first = workflow.From(state).First(t => t.Trigger == trigger);
            var transition = routed ?? first;
            var rule = transition.GuardDescription;
            var label = transition.Definition.Label;
            if (routed is null)
            {
                refused.Add(new(trigger, label, "Condition", [.. workflow.From(state).Where(t => t.Trigger == trigger).Select(t => t.Condition?.Text ?? "")], rule));
                continue;
            }
            var definition = routed.Definition;
            var (reason, missing) =
                routed.RefusesClients && actor.IsClient ? ("Client", (IReadOnlyList<string>)[])
                : definition.IsDecision && !pendingDecider ? ("NotTheirTask", [])
                : !(definition.Allowed.Count == 0 && definition.IsDecision) && !definition.Allowed.Any(actor.HasRole) ? ("Role", definition.Allowed)
                : ("Guard", [.. definition.Guards.Where(g => !actor.Holds(g))]);
            refused.Add(new(trigger, label, reason, missing, rule));
        }
        return refused;
    }
}
