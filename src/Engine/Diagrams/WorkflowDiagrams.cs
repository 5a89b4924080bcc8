using Stateless.Graph;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Diagrams;

// Mermaid diagrams drawn by Stateless from the same machine the runner fires, so a diagram
// cannot disagree with what the engine does.
public static class WorkflowDiagrams
{
    public static string Definition(CompiledWorkflow workflow)
    {
        var everyone = new GuardFacts(new Actor("diagram", "diagram", []), IsPendingDecider: false);
        var machine = workflow.BuildMachine(workflow.Definition.InitialState, _ => { }, everyone);
        return MermaidGraph.Format(machine.GetInfo());
    }
}
