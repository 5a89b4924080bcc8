using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Rehearsal;

// The roles a test run may be played as: the portal's own and any a transition names.
public static class RehearsalRoles
{
    public static IReadOnlyList<string> Of(WorkflowDefinition definition) =>
        [.. WorkflowRoles.Known.Concat(definition.Transitions.SelectMany(t => t.Allowed)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
