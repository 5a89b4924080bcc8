using SkiaSharp;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Layout;

namespace WorkflowPortal.Documents.Pdf;

// Draws laid-out pages on any Skia canvas (PDF or raster). The typeface resolver lets the PDF
// path swap in subset fonts, whose glyph ids differ from the shaped ones.
internal sealed class PagePainter(Func<FontFace, (SKTypeface Typeface, IReadOnlyDictionary<ushort, ushort>? GlyphMap)> typefaces) : IDisposable
{
    readonly Dictionary<byte[], SKImage> images = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<(SKTypeface, float), SKFont> fonts = [];

    public void Paint(SKCanvas canvas, LaidOutPage page)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRunItem run:
                    DrawRun(canvas, run, paint);
                    break;
                case RectItem rect:
                    paint.Color = new SKColor(rect.Color.R, rect.Color.G, rect.Color.B);
                    paint.Style = rect.Fill ? SKPaintStyle.Fill : SKPaintStyle.Stroke;
                    paint.StrokeWidth = rect.StrokeWidth;
                    canvas.DrawRect(rect.Rect, paint);
                    break;
                case ImageItem image:
                    canvas.DrawImage(Image(image.Data), image.Rect, new SKSamplingOptions(SKFilterMode.Linear), paint);
                    break;
            }
        }
        paint.Style = SKPaintStyle.Fill;
    }

    void DrawRun(SKCanvas canvas, GlyphRunItem run, SKPaint paint)
    {
        var (typeface, map) = typefaces(run.Face);
        if (!fonts.TryGetValue((typeface, run.Size), out var font))
        {
            fonts[(typeface, run.Size)] = font = new SKFont(typeface, run.Size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
        }
        var textLength = System.Text.Encoding.UTF8.GetByteCount(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, textLength, null);
        var glyphs = buffer.Glyphs;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            glyphs[i] = map is null ? run.Glyphs[i] : map.GetValueOrDefault(run.Glyphs[i]);
        }
        var positions = buffer.Positions;
        for (var i = 0; i < run.Offsets.Length; i++)
        {
            positions[i] = new SKPoint(run.Offsets[i].X + run.Origin.X, run.Offsets[i].Y + run.Origin.Y);
        }
        System.Text.Encoding.UTF8.GetBytes(run.Text, buffer.Text);
        buffer.SetClusters(run.Clusters);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        paint.Style = SKPaintStyle.Fill;
        paint.Color = new SKColor(run.Color.R, run.Color.G, run.Color.B);
        canvas.DrawText(blob, 0, 0, paint);
    }

    SKImage Image(byte[] data)
    {
        if (!images.TryGetValue(data, out var image))
        {
            images[data] = image = SKImage.FromEncodedData(data);
        }
        return image;
    }

    // Releases the images and fonts cached while drawing.
    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        fonts.Clear();
        foreach (var image in images.Values)
        {
            image.Dispose();
        }
        images.Clear();
    }
}
