using SkiaSharp;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Pdf;

// Renders a document to PDF: layout, per-document font subsets, Skia's PDF backend, then the
// catalog language (which SkiaSharp's metadata cannot carry).
public static class PdfRenderer
{
    public static RenderResult Render(Document document, Stream output, FontCatalog catalog, DateTimeOffset? created = null)
    {
        var layout = DocumentLayout.Layout(document, catalog);
        var subsets = Subsets(layout);
        try
        {
            using var buffer = new MemoryStream();
            var metadata = new SKDocumentPdfMetadata
            {
                Title = document.Settings.Title,
                Author = document.Settings.Author,
                Creator = "WorkflowPortal",
                Producer = "WorkflowPortal.Documents",
                Creation = created?.UtcDateTime,
                Modified = created?.UtcDateTime,
            };
            using (var pdf = SKDocument.CreatePdf(buffer, metadata))
            {
                using var painter = new PagePainter(face => subsets[face]);
                foreach (var page in layout.Pages)
                {
                    var canvas = pdf.BeginPage(layout.PageSize.Width, layout.PageSize.Height);
                    painter.Paint(canvas, page);
                    pdf.EndPage();
                }
                pdf.Close();
            }
            PdfLanguage.Write(buffer.ToArray(), document.Settings.Language, output);
            return new RenderResult(layout.Pages.Count, [.. layout.MissingCharacters]);
        }
        finally
        {
            foreach (var (typeface, _) in subsets.Values)
            {
                typeface.Dispose();
            }
        }
    }

    static Dictionary<FontFace, (SKTypeface, IReadOnlyDictionary<ushort, ushort>?)> Subsets(LayoutResult layout)
    {
        var used = new Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)>();
        foreach (var run in layout.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>())
        {
            if (!used.TryGetValue(run.Face, out var sets))
            {
                used[run.Face] = sets = ([0], []);
            }
            sets.Glyphs.UnionWith(run.Glyphs);
            foreach (var rune in run.Text.EnumerateRunes())
            {
                sets.CodePoints.Add(rune.Value);
            }
        }
        var result = new Dictionary<FontFace, (SKTypeface, IReadOnlyDictionary<ushort, ushort>?)>();
        foreach (var (face, sets) in used)
        {
            var subset = FontSubsetter.Create(face, sets.Glyphs, sets.CodePoints);
            using var data = SKData.CreateCopy(subset.Data);
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not load the subset of {face}.");
            result[face] = (typeface, subset.GlyphMap);
        }
        return result;
    }
}
