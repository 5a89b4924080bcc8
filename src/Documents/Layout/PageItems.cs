using SkiaSharp;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Layout;

// What a page draws, in points from the page's top-left corner (or a box's, before placement).
internal abstract record PageItem
{
    public abstract PageItem Offset(float dx, float dy);
}

// A glyph run with the logical text it shows: Text is the run's characters and Clusters the
// UTF-8 byte offset of each glyph's first character, so PDF viewers can copy and search it.
// Glyph positions are relative to Origin, so moving a run (cell, row, page) copies no arrays.
internal sealed record GlyphRunItem(FontFace Face, float Size, Color Color, ushort[] Glyphs, SKPoint[] Offsets, string Text, uint[] Clusters, SKPoint Origin = default) : PageItem
{
    public SKPoint[] Positions => [.. Offsets.Select(p => new SKPoint(p.X + Origin.X, p.Y + Origin.Y))];

    public override PageItem Offset(float dx, float dy) => this with { Origin = new SKPoint(Origin.X + dx, Origin.Y + dy) };
}

internal sealed record RectItem(SKRect Rect, Color Color, bool Fill, float StrokeWidth = 0.5f) : PageItem
{
    public override PageItem Offset(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

internal sealed record ImageItem(byte[] Data, SKRect Rect) : PageItem
{
    public override PageItem Offset(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

internal sealed record LaidOutPage(int Number, IReadOnlyList<PageItem> Items);

// A laid-out document: pages ready to draw and the characters no font could draw.
internal sealed record LayoutResult(PageSize PageSize, IReadOnlyList<LaidOutPage> Pages, IReadOnlyCollection<int> MissingCharacters);
