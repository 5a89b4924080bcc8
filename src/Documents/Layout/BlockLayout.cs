using System.Globalization;
using SkiaSharp;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Layout;

// Turns blocks into boxes for a column of the given width. In a right-to-left document the
// start side is the right: list markers, images and table columns are mirrored.
internal static class BlockLayout
{
    const float ListIndent = 20;

    public static List<Box> Blocks(IEnumerable<Block> blocks, float width, LayoutContext context)
    {
        var boxes = new List<Box>();
        foreach (var block in blocks)
        {
            boxes.AddRange(Block(block, width, context));
        }
        return boxes;
    }

    static IEnumerable<Box> Block(Block block, float width, LayoutContext context) => block switch
    {
        ParagraphBlock paragraph => Paragraph(paragraph, width, context),
        ListBlock list => List(list, width, context),
        TableBlock table => TableLayout.Rows(table, width, context),
        SpacingBlock spacing => [Box.Space(spacing.Height)],
        PageBreakBlock => [new Box(0, []) { BreakBefore = true }],
        KeepTogetherBlock keep => KeepTogether(Blocks(keep.Blocks, width, context), context),
        ImageBlock image => [Image(image, width, context)],
        RuleBlock rule => [new Box(rule.Thickness + 8, [new RectItem(SKRect.Create(0, 4, width, rule.Thickness), rule.Color, Fill: true)])],
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    // One unbreakable box, unless it is taller than a page: then its parts flow normally rather
    // than run off the bottom of the page.
    static List<Box> KeepTogether(List<Box> parts, LayoutContext context)
    {
        var whole = Box.Stack(parts.SkipWhile(b => b.IsSpace));
        return whole.Height <= context.BodyHeight ? [whole] : parts;
    }

    static List<Box> Paragraph(ParagraphBlock paragraph, float width, LayoutContext context)
    {
        var lines = ParagraphLayout.Lines(paragraph, context.Settings.TextStyle, width, context);
        if (paragraph.HeadingLevel > 0)
        {
            foreach (var line in lines)
            {
                line.KeepWithNext = true;
            }
        }
        var boxes = new List<Box>();
        if (paragraph.Style.SpacingBefore > 0)
        {
            boxes.Add(Box.Space(paragraph.Style.SpacingBefore));
        }
        boxes.AddRange(lines);
        if (paragraph.Style.SpacingAfter > 0)
        {
            boxes.Add(Box.Space(paragraph.Style.SpacingAfter));
        }
        return boxes;
    }

    static List<Box> List(ListBlock list, float width, LayoutContext context)
    {
        var boxes = new List<Box>();
        var rightToLeft = context.Settings.IsRightToLeft;
        for (var n = 0; n < list.Items.Count; n++)
        {
            var item = list.Items[n];
            var lines = Paragraph(item, width - ListIndent, context);
            var markerText = list.Numbered ? (n + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
            var marker = new ParagraphBlock([new TextSpan(markerText, SpanStyle.Inherit)],
                item.Style with { Alignment = TextAlignment.Start, SpacingBefore = 0, SpacingAfter = 0 });
            var markerLine = ParagraphLayout.Lines(marker, context.Settings.TextStyle, ListIndent - 4, context)[0];
            var textX = rightToLeft ? 0 : ListIndent;
            var markerX = rightToLeft ? width - ListIndent + 4 : 0;
            var first = true;
            foreach (var line in lines)
            {
                var items = line.Items.Select(i => i.Offset(textX, 0)).ToList();
                if (first && !line.IsSpace)
                {
                    items.AddRange(markerLine.Items.Select(i => i.Offset(markerX, 0)));
                    first = false;
                }
                boxes.Add(new Box(line.Height, items) { IsSpace = line.IsSpace });
            }
        }
        return boxes;
    }

    static Box Image(ImageBlock image, float width, LayoutContext context)
    {
        using var decoded = SKImage.FromEncodedData(image.Data)
            ?? throw new ArgumentException("The image is not a PNG or JPEG that Skia can decode.", nameof(image));
        var w = Math.Min(image.Width, width);
        var h = image.Height ?? w * decoded.Height / decoded.Width;
        var x = context.Settings.IsRightToLeft ? width - w : 0;
        return new Box(h + 6, [new ImageItem(image.Data, SKRect.Create(x, 3, w, h))]);
    }
}
