using System.Text.RegularExpressions;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Operations;

public sealed partial class ReadmeTests
{
    [GeneratedRegex("```mermaid\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Mermaid();

    static List<string> Diagrams(string file) =>
        [.. Mermaid().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)).ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_readme_shows_every_default_workflow_as_generated()
    {
        var generated = Diagrams("workflows/README.md");

        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json").Count(f => !f.EndsWith(".schema.json")), generated.Count);
        Assert.Equal(generated, Diagrams("README.md"));
    }
}
