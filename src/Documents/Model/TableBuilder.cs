namespace WorkflowPortal.Documents.Model;

public sealed class TableBuilder
{
    readonly List<TableRow> headerRows = [];
    readonly List<TableRow> rows = [];
    IReadOnlyList<ColumnWidth>? columns;

    public TableBuilder Columns(params ColumnWidth[] widths)
    {
        columns = widths;
        return this;
    }

    public TableBuilder HeaderRow(params string[] cells) => HeaderRow(r => Texts(r, cells, bold: true));

    public TableBuilder HeaderRow(Action<RowBuilder> build) => AddRow(headerRows, build);

    public TableBuilder Row(params string[] cells) => Row(r => Texts(r, cells, bold: false));

    public TableBuilder Row(Action<RowBuilder> build) => AddRow(rows, build);

    internal TableBlock Build()
    {
        var count = headerRows.Concat(rows).Select(r => r.Cells.Count).DefaultIfEmpty(1).Max();
        return new TableBlock(columns ?? [.. Enumerable.Repeat(ColumnWidth.Relative(), count)], headerRows, rows);
    }

    static void Texts(RowBuilder row, string[] cells, bool bold)
    {
        foreach (var text in cells)
        {
            row.Cell(b => b.Paragraph(p => p.Text(text, new SpanStyle(Bold: bold ? true : null)).Spacing(0, 0)));
        }
    }

    TableBuilder AddRow(List<TableRow> target, Action<RowBuilder> build)
    {
        var row = new RowBuilder();
        build(row);
        target.Add(new TableRow(row.Cells));
        return this;
    }
}

public sealed class RowBuilder
{
    readonly List<IReadOnlyList<Block>> cells = [];

    public IReadOnlyList<IReadOnlyList<Block>> Cells => cells;

    public RowBuilder Cell(string text) => Cell(b => b.Paragraph(p => p.Text(text).Spacing(0, 0)));

    public RowBuilder Cell(Action<BlockBuilder> build)
    {
        var cell = new BlockBuilder();
        build(cell);
        cells.Add(cell.Blocks);
        return this;
    }
}
