using SkiaSharp;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;

namespace WorkflowPortal.Documents.Previews;

// Rasterises pages to PNG with the same layout and painter as the PDF (full fonts, no subset):
// thumbnails in the portal, and the snapshots that prove shaping in tests.
public static class PagePreview
{
    public static IReadOnlyList<byte[]> RenderPng(Document document, FontCatalog catalog, float dpi = 96, int maxPages = int.MaxValue)
    {
        var layout = DocumentLayout.Layout(document, catalog);
        var scale = dpi / 72f;
        var width = (int)Math.Ceiling(layout.PageSize.Width * scale);
        var height = (int)Math.Ceiling(layout.PageSize.Height * scale);
        using var painter = new PagePainter(face => (face.Typeface, null));
        var pages = new List<byte[]>();
        foreach (var page in layout.Pages.Take(maxPages))
        {
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            painter.Paint(canvas, page);
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            pages.Add(png.ToArray());
        }
        return pages;
    }
}
