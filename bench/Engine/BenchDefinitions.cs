using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Bench;

static class BenchDefinitions
{
    public static string WorkflowsFolder { get; } = Find();

    public static WorkflowDefinition ContractRequest =>
        WorkflowJson.Parse(File.ReadAllText(Path.Combine(WorkflowsFolder, "contract-request.json"))).Value with { Version = 1 };

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (File.Exists(Path.Combine(candidate, "workflow.schema.json")))
                return candidate;
        }
        throw new InvalidOperationException("workflows/ not found above the benchmark binaries.");
    }
}
