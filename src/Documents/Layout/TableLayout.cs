using SkiaSharp;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Layout;

// A table becomes one box per row. Body rows carry the header rows so the paginator can
// repeat them on each page; right-to-left tables put the first column on the right.
internal static class TableLayout
{
    const float Padding = 4;
    static readonly Color Border = new(0x99, 0x99, 0x99);
    static readonly Color HeaderFill = new(0xEE, 0xEE, 0xEE);

    public static IEnumerable<Box> Rows(TableBlock table, float width, LayoutContext context)
    {
        var widths = ColumnWidth.Resolve(table.Columns, width);
        var lefts = new float[widths.Length];
        var x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            lefts[c] = context.Settings.IsRightToLeft ? width - x - widths[c] : x;
            x += widths[c];
        }
        var header = table.HeaderRows.Select(r => Row(r, widths, lefts, true, context)).ToList();
        foreach (var box in header)
        {
            box.KeepWithNext = true;
        }
        var rows = table.Rows.Select(r => Row(r, widths, lefts, false, context));
        return [.. header, .. rows.Select(r => new Box(r.Height, r.Items) { RepeatedHeader = header }), Box.Space(6)];
    }

    static Box Row(TableRow row, float[] widths, float[] lefts, bool isHeader, LayoutContext context)
    {
        var cells = new List<(Box Content, int Column)>();
        for (var c = 0; c < Math.Min(row.Cells.Count, widths.Length); c++)
        {
            var content = BlockLayout.Blocks(row.Cells[c], widths[c] - (2 * Padding), context);
            cells.Add((Box.Stack(content.SkipWhile(b => b.IsSpace).Reverse().SkipWhile(b => b.IsSpace).Reverse()), c));
        }
        var height = cells.Select(c => c.Content.Height).DefaultIfEmpty(0).Max() + (2 * Padding);
        var items = new List<PageItem>();
        for (var c = 0; c < widths.Length; c++)
        {
            var rect = SKRect.Create(lefts[c], 0, widths[c], height);
            if (isHeader)
            {
                items.Add(new RectItem(rect, HeaderFill, Fill: true));
            }
            items.Add(new RectItem(rect, Border, Fill: false));
        }
        foreach (var (content, column) in cells)
        {
            items.AddRange(content.Items.Select(i => i.Offset(lefts[column] + Padding, Padding)));
        }
        return new Box(height, items);
    }
}
