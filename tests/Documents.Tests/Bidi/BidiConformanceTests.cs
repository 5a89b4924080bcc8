using System.Globalization;
using WorkflowPortal.Documents.Text.Bidi;
using Xunit.Abstractions;

namespace WorkflowPortal.Documents.Tests.Bidi;

public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    const double RequiredPassRate = 0.999;

    [Fact]
    public void Bidi_passes_the_Unicode_BidiTest_file()
    {
        int passed = 0, total = 0;
        string[] levels = [], order = [];
        foreach (var line in File.ReadLines(SystemAssets.Require(SystemAssets.BidiTest)))
        {
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                levels = line[8..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                order = line[9..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (line.Length == 0 || line[0] is '#' or '@')
            {
                continue;
            }
            var parts = line.Split(';');
            var classes = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BidiClass>).ToArray();
            var bits = int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture);
            foreach (var (bit, direction) in new[] { (1, BidiDirection.Auto), (2, BidiDirection.LeftToRight), (4, BidiDirection.RightToLeft) })
            {
                if ((bits & bit) == 0)
                {
                    continue;
                }
                total++;
                var paragraph = BidiParagraph.Resolve(classes, direction);
                if (Matches(paragraph, classes, levels, order))
                {
                    passed++;
                }
            }
        }
        Report("BidiTest.txt", passed, total);
    }

    [Fact]
    public void Bidi_passes_the_Unicode_BidiCharacterTest_file()
    {
        int passed = 0, total = 0;
        foreach (var line in File.ReadLines(SystemAssets.Require(SystemAssets.BidiCharacterTest)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split(';');
            var codePoints = fields[0].Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = fields[1] switch { "0" => BidiDirection.LeftToRight, "1" => BidiDirection.RightToLeft, _ => BidiDirection.Auto };
            var paragraph = BidiParagraph.Resolve(codePoints, direction);
            var classes = codePoints.Select(UnicodeBidiData.GetClass).ToArray();
            total++;
            if (paragraph.ParagraphLevel.ToString(CultureInfo.InvariantCulture) == fields[2]
                && Matches(paragraph, classes, fields[3].Split(' '), fields[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                passed++;
            }
        }
        Report("BidiCharacterTest.txt", passed, total);
    }

    // Levels are compared where the file does not say "x"; the order lists visible characters only.
    static bool Matches(BidiParagraph paragraph, BidiClass[] classes, string[] expectedLevels, string[] expectedOrder)
    {
        var levels = BidiLine.LineLevels(paragraph, 0, classes.Length);
        for (var i = 0; i < classes.Length; i++)
        {
            if (expectedLevels[i] != "x" && expectedLevels[i] != levels[i].ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        var visible = BidiLine.VisualOrder(levels).Where(i => !BidiParagraph.IsRemovedByX9(classes[i]));
        return visible.Select(i => i.ToString(CultureInfo.InvariantCulture)).SequenceEqual(expectedOrder);
    }

    void Report(string file, int passed, int total)
    {
        var rate = (double)passed / total;
        output.WriteLine($"{file}: {passed}/{total} passed ({rate:P3})");
        Assert.True(total > 1000, $"{file} yielded only {total} cases: is it truncated?");
        Assert.True(rate >= RequiredPassRate, $"{file}: {passed}/{total} passed ({rate:P3}), below {RequiredPassRate:P1}");
    }
}
