namespace WorkflowPortal.Engine.Tests.Harness;

// Paths inside the repository, found from the test binaries upwards.
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static IEnumerable<string> DefinitionFiles =>
        Directory.EnumerateFiles(Workflows, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order();

    public static string DefaultJson(string key) => File.ReadAllText(Path.Combine(Workflows, key + ".json"));

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "workflows", "workflow.schema.json")))
                return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (with workflows/) was not found.");
    }
}
