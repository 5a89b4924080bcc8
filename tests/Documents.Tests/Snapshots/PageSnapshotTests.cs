using System.Runtime.CompilerServices;
using SkiaSharp;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Previews;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Tests.Snapshots;

// Page 1 of the sample contract rasterised through Skia and compared with the committed PNG.
// To accept an intended change: UPDATE_SNAPSHOTS=1 dotnet test tests/Documents.Tests, then
// look at the new PNGs before committing them.
public sealed class PageSnapshotTests
{
    const float Dpi = 72;
    const int ChannelTolerance = 48;
    const double AllowedDifferentPixels = 0.002;

    [Fact]
    public void Arabic_contract_page_one_matches_its_snapshot() => Compare(SampleContract.Arabic(), "contract-ar-page1.png");

    [Fact]
    public void English_contract_page_one_matches_its_snapshot() => Compare(SampleContract.English(), "contract-en-page1.png");

    static void Compare(Document document, string name, [CallerFilePath] string source = "")
    {
        var png = PagePreview.RenderPng(document, TestFonts.Catalog, Dpi, maxPages: 1)[0];
        var path = Path.Combine(Path.GetDirectoryName(source)!, name);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllBytes(path, png);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run with UPDATE_SNAPSHOTS=1 to create it.");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                var a = actual.GetPixel(x, y);
                if (Math.Abs(e.Red - a.Red) > ChannelTolerance || Math.Abs(e.Green - a.Green) > ChannelTolerance
                    || Math.Abs(e.Blue - a.Blue) > ChannelTolerance)
                {
                    different++;
                }
            }
        }
        var ratio = (double)different / (expected.Width * expected.Height);
        if (ratio > AllowedDifferentPixels)
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "actual-" + name), png);
        }
        Assert.True(ratio <= AllowedDifferentPixels,
            $"{name}: {different} pixels differ ({ratio:P2}); the actual page is in {Path.GetTempPath()}actual-{name}");
    }
}
