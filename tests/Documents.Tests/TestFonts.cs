using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests;

// One catalog for all tests, limited to the two Debian font packages CI installs, so that
// goldens and snapshots do not depend on whatever else a machine has in /usr/share/fonts.
internal static class TestFonts
{
    static readonly Lazy<FontCatalog> Shared = new(() =>
    {
        SystemAssets.Require(SystemAssets.AmiriRegular);
        SystemAssets.Require(SystemAssets.NotoSansRegular);
        return new FontCatalog(
            [Path.GetDirectoryName(SystemAssets.AmiriRegular)!, Path.GetDirectoryName(SystemAssets.NotoSansRegular)!],
            includeSystemFonts: false);
    });

    public static FontCatalog Catalog => Shared.Value;

    internal static LayoutResult Layout(Document document) => DocumentLayout.Layout(document, Catalog);

    // The text of each page, in drawing order, joined by spaces.
    internal static List<string> PageTexts(Document document) =>
        [.. Layout(document).Pages.Select(p => string.Join(" ", p.Items.OfType<GlyphRunItem>().Select(r => r.Text)))];
}
