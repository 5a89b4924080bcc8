namespace WorkflowPortal.Documents.Model;

// The document tree. Builders create it; renderers and the layout engine only read it.
public abstract record Block;

public sealed record ParagraphStyle(
    TextAlignment Alignment = TextAlignment.Start,
    TextDirection Direction = TextDirection.Auto,
    float SpacingBefore = 0,
    float SpacingAfter = 6,
    float LineHeight = 1.4f,
    SpanStyle? Text = null);

public sealed record ParagraphBlock(IReadOnlyList<Span> Spans, ParagraphStyle Style, int HeadingLevel = 0) : Block
{
    public string PlainText => string.Concat(Spans.OfType<TextSpan>().Select(s => s.Text));
}

public sealed record ListBlock(bool Numbered, IReadOnlyList<ParagraphBlock> Items) : Block;

public abstract record ColumnWidth
{
    public static ColumnWidth Fixed(float points) => new FixedColumn(points);

    public static ColumnWidth Relative(float weight = 1) => new RelativeColumn(weight);

    // Fixed columns take their points; relative columns share what is left by weight.
    public static float[] Resolve(IReadOnlyList<ColumnWidth> columns, float width)
    {
        var fixedTotal = columns.OfType<FixedColumn>().Sum(c => c.Points);
        var weights = columns.OfType<RelativeColumn>().Sum(c => c.Weight);
        var remaining = Math.Max(0, width - fixedTotal);
        return [.. columns.Select(c => c switch
        {
            FixedColumn f => f.Points,
            RelativeColumn r when weights > 0 => remaining * r.Weight / weights,
            _ => 0f,
        })];
    }
}

public sealed record FixedColumn(float Points) : ColumnWidth;

public sealed record RelativeColumn(float Weight) : ColumnWidth;

public sealed record TableRow(IReadOnlyList<IReadOnlyList<Block>> Cells);

// Header rows repeat on every page the table spans; a row never splits across pages.
public sealed record TableBlock(IReadOnlyList<ColumnWidth> Columns, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows) : Block;

public sealed record SpacingBlock(float Height) : Block;

public sealed record PageBreakBlock : Block;

// Moves to the next page as a whole when it does not fit (signature blocks).
public sealed record KeepTogetherBlock(IReadOnlyList<Block> Blocks) : Block;

// Encoded PNG or JPEG bytes drawn at the given size in points (height from the aspect ratio when null).
public sealed record ImageBlock(byte[] Data, float Width, float? Height = null) : Block;

public sealed record RuleBlock(float Thickness, Color Color) : Block;

public abstract record Span(SpanStyle Style);

public sealed record TextSpan(string Text, SpanStyle Style) : Span(Style);

// "X" of "page X of Y"; only meaningful in headers and footers.
public sealed record PageNumberSpan(SpanStyle Style) : Span(Style);

// "Y" of "page X of Y".
public sealed record PageCountSpan(SpanStyle Style) : Span(Style);
