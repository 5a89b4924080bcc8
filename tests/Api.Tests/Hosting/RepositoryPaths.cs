namespace WorkflowPortal.Api.Tests.Hosting;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    // Screenshots land in <repo>/TestResults/screenshots so that CI and people find them in one place.
    public static string Screenshots
    {
        get
        {
            var path = Path.Combine(Root, "TestResults", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowPortal.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("WorkflowPortal.sln not found above the test folder.");
    }
}
