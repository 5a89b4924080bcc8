using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Tests.Fonts;

public sealed class FontCatalogTests
{
    static readonly DateTimeOffset Created = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Parallel_renders_sharing_one_catalog_produce_the_same_pdf_as_a_single_render()
    {
        var arabic = Render(SampleContract.Arabic());
        var english = Render(SampleContract.English());
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            (Arabic: i % 2 == 0, Pdf: Render(i % 2 == 0 ? SampleContract.Arabic() : SampleContract.English())))));
        Assert.All(results, r => Assert.Equal(r.Arabic ? arabic : english, r.Pdf));
    }

    [Fact]
    public void Fallback_draws_Arabic_in_an_Arabic_font_when_the_first_family_is_Latin_only()
    {
        var style = TextStyle.Default with { Families = ["Noto Sans", "Noto Naskh Arabic"] };
        Assert.Equal("Noto Sans", TestFonts.Catalog.Find('A', style)!.Family);
        Assert.Equal("Noto Naskh Arabic", TestFonts.Catalog.Find('ع', style)!.Family);
        Assert.Null(TestFonts.Catalog.Find(0x1F9FF, style));
    }

    [Fact]
    public void Rendering_without_any_font_fails_with_a_message_naming_the_font_packages()
    {
        using var empty = new FontCatalog([Path.Combine(Path.GetTempPath(), "no-such-font-folder")], includeSystemFonts: false);
        var error = Assert.Throws<InvalidOperationException>(() => PdfRenderer.Render(SampleContract.English(), new MemoryStream(), empty));
        Assert.Contains("fonts-noto-core", error.Message, StringComparison.Ordinal);
    }

    static byte[] Render(Document document)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(document, stream, TestFonts.Catalog, Created);
        return stream.ToArray();
    }
}
