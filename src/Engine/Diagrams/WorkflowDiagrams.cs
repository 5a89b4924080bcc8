using System.Text;
using Stateless.Graph;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Diagrams;

// Mermaid diagrams drawn by Stateless from the same machine the runner fires, so a diagram
// cannot disagree with what the engine does. We only add labels, end markers and highlights.
public static class WorkflowDiagrams
{
    public static string Definition(WorkflowDefinition definition, string language = "en") =>
        Definition(CompiledWorkflow.Compile(definition), language);

    public static string Definition(CompiledWorkflow workflow, string language = "en")
    {
        var everyone = new GuardFacts(new Actor("diagram", "diagram", []), IsPendingDecider: false, InstanceData.Empty);
        var machine = workflow.BuildMachine(workflow.Definition.InitialState, _ => { }, everyone);
        var lines = MermaidGraph.Format(machine.GetInfo()).ReplaceLineEndings("\n").TrimEnd().Split('\n').ToList();
        var extra = new List<string>();
        foreach (var state in workflow.Definition.States)
        {
            var kind = state.Kind == StateKind.Normal ? "" : $" ({state.Kind.ToString().ToLowerInvariant()})";
            extra.Add($"\t{state.Name} : {Clean(state.Label?.In(language) ?? state.Name)}{kind}");
            if (state.Final)
                extra.Add($"\t{state.Name} --> [*]");
        }
        lines.InsertRange(1, extra);
        return string.Join("\n", lines) + "\n";
    }

    // The definition with the path the instance took shaded and its current state marked.
    public static string Instance(CompiledWorkflow workflow, string currentState, IReadOnlyList<string> path, string language = "en")
    {
        var diagram = new StringBuilder(Definition(workflow, language));
        diagram.Append($"\t%% path: {string.Join(" -> ", path)}\n");
        diagram.Append("\tclassDef visited fill:#dbeafe,stroke:#1d4ed8\n");
        diagram.Append("\tclassDef current fill:#fde68a,stroke:#b45309,stroke-width:3px\n");
        var visited = path.Where(s => s != currentState).Distinct().ToList();
        if (visited.Count > 0)
            diagram.Append($"\tclass {string.Join(",", visited)} visited\n");
        diagram.Append($"\tclass {currentState} current\n");
        return diagram.ToString();
    }

    // Mermaid reads ':' and ';' as syntax inside a state description.
    static string Clean(string label) => label.Replace(':', ' ').Replace(';', ',');
}
