using System.Xml.Linq;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Shell;

public sealed class ResourceTests
{
    public static TheoryData<string> EnglishResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".ar.resx", StringComparison.Ordinal)))
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Every_english_text_has_an_arabic_translation(string englishFile)
    {
        var english = Read(Path.Combine(RepositoryPaths.Root, englishFile));
        var arabic = Read(Path.Combine(RepositoryPaths.Root, englishFile[..^".resx".Length] + ".ar.resx"));

        Assert.Empty(english.Keys.Except(arabic.Keys));
        Assert.Empty(arabic.Keys.Except(english.Keys));
        Assert.All(arabic, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in Arabic"));
        Assert.All(english, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in English"));
    }

    static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
