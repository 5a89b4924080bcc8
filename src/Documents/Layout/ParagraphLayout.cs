using SkiaSharp;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Text.Bidi;
using WorkflowPortal.Documents.Text.Shaping;

namespace WorkflowPortal.Documents.Layout;

// Breaks a shaped paragraph into lines and composes each line in visual order.
internal static class ParagraphLayout
{
    public static List<Box> Lines(ParagraphBlock paragraph, TextStyle baseStyle, float width, LayoutContext context)
    {
        var text = ParagraphText.Build(paragraph, baseStyle, context);
        var style = paragraph.Style;
        if (text.Text.Length == 0)
        {
            var size = baseStyle.Apply(style.Text ?? SpanStyle.Inherit).Size;
            return [new Box(size * style.LineHeight, [])];
        }
        var advances = new float[text.Text.Length + 1];
        foreach (var run in text.Runs)
        {
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                advances[run.Clusters[g] + 1] += run.Advances[g];
            }
        }
        for (var i = 1; i < advances.Length; i++)
        {
            advances[i] += advances[i - 1]; // Prefix sums: the width of [a, b) is advances[b] - advances[a].
        }

        var boxes = new List<Box>();
        foreach (var (start, end, last) in LineBreaker.Break(text.Text, advances, width))
        {
            boxes.Add(Compose(text, start, end, width, style, last, context));
        }
        return boxes;
    }

    static Box Compose(ParagraphText text, int start, int end, float width, ParagraphStyle style, bool lastLine, LayoutContext context)
    {
        var visibleEnd = end;
        while (visibleEnd > start && LineBreaker.IsTrailingSpace(text.Text[visibleEnd - 1]))
        {
            visibleEnd--; // L1: trailing whitespace is not drawn.
        }
        var pieces = new List<(ShapedRun Run, List<int> Glyphs)>();
        foreach (var run in text.Runs)
        {
            if (run.Start >= visibleEnd || run.Start + run.Length <= start)
            {
                continue;
            }
            var glyphs = Enumerable.Range(0, run.Glyphs.Length)
                .Where(g => run.Clusters[g] >= start && run.Clusters[g] < visibleEnd
                    && !(run.Advances[g] == 0 && IsInvisible(text.Text[run.Clusters[g]])))
                .ToList();
            if (glyphs.Count > 0)
            {
                pieces.Add((run, glyphs));
            }
        }
        var levels = pieces.Select(p => text.Levels[p.Run.Start]).ToArray();
        var visual = BidiLine.VisualOrder(levels).Select(i => pieces[i]).ToList();

        if (pieces.Count == 0)
        {
            return new Box(text.Runs[0].Size * style.LineHeight, []);
        }
        // The baseline comes from the paragraph's own font: a fallback font with taller metrics
        // (Noto Naskh inside Latin text) must not shift one line and make the spacing uneven.
        var size = pieces.Max(p => p.Run.Size);
        var lineHeight = size * style.LineHeight;
        var (ascent, descent) = context.Catalog.Primary(text.BaseStyle).Metrics(size);
        var baseline = ((lineHeight - (ascent + descent)) / 2) + ascent;

        var lineWidth = visual.Sum(p => p.Glyphs.Sum(g => p.Run.Advances[g]));
        var spaces = visual.Sum(p => p.Glyphs.Count(g => text.Text[p.Run.Clusters[g]] == ' '));
        var justify = style.Alignment == TextAlignment.Justify && !lastLine && spaces > 0;
        // Justification widens spaces only: stretching letters would break Arabic joining.
        var extra = justify ? (width - lineWidth) / spaces : 0;
        var x = justify ? 0 : StartX(style.Alignment, text.RightToLeft, width, lineWidth);

        var items = new List<PageItem>();
        foreach (var (run, glyphs) in visual)
        {
            var positions = new SKPoint[glyphs.Count];
            for (var k = 0; k < glyphs.Count; k++)
            {
                var g = glyphs[k];
                positions[k] = new SKPoint(x + run.OffsetsX[g], baseline + run.OffsetsY[g]);
                x += run.Advances[g] + (justify && text.Text[run.Clusters[g]] == ' ' ? extra : 0);
            }
            items.Add(RunItem(text, run, glyphs, positions, start, visibleEnd));
        }
        return new Box(lineHeight, items);
    }

    static float StartX(TextAlignment alignment, bool rightToLeft, float width, float lineWidth) => alignment switch
    {
        TextAlignment.Center => (width - lineWidth) / 2,
        TextAlignment.End => rightToLeft ? 0 : width - lineWidth,
        _ => rightToLeft ? width - lineWidth : 0,
    };

    static GlyphRunItem RunItem(ParagraphText text, ShapedRun run, List<int> glyphs, SKPoint[] positions, int lineStart, int lineEnd)
    {
        var from = Math.Max(run.Start, lineStart);
        var to = Math.Min(run.Start + run.Length, lineEnd);
        // The run's text without invisible format characters (isolates, marks of direction):
        // they are not drawn, and in the PDF text they confused extraction tools' line finding.
        // utf8[i] is the UTF-8 offset, in that text, of UTF-16 index from + i.
        var visible = new System.Text.StringBuilder(to - from);
        var utf8 = new uint[to - from + 1];
        for (var i = from; i < to; i++)
        {
            var c = text.Text[i];
            var bytes = IsInvisible(c) ? 0 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (!IsInvisible(c))
            {
                visible.Append(c);
            }
            utf8[i - from + 1] = utf8[i - from] + (uint)bytes;
        }
        var clusters = glyphs.Select(g => utf8[run.Clusters[g] - from]).ToArray();
        var style = text.Styles[run];
        return new GlyphRunItem(run.Face, run.Size, style.Color, [.. glyphs.Select(g => run.Glyphs[g])], positions, visible.ToString(), clusters);
    }

    static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
