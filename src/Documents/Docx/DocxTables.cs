using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Docx;

// Tables: bidiVisual mirrors the columns in right-to-left documents, tblHeader repeats header
// rows on each page and cantSplit keeps a row whole, as in the PDF.
internal static class DocxTables
{
    public static Table Table(TableBlock block, DocumentSettings settings, Func<IReadOnlyList<Block>, List<OpenXmlElement>> cellContent)
    {
        var width = settings.PageSize.Width - settings.Margins.Left - settings.Margins.Right;
        var widths = ColumnWidth.Resolve(block.Columns, width);
        var properties = new TableProperties();
        if (settings.IsRightToLeft)
        {
            properties.Append(new BiDiVisual());
        }
        properties.Append(
            new TableWidth { Width = DocxRenderer.Twips(width).ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }));
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = DocxRenderer.Twips(w).ToString() })));
        foreach (var row in block.HeaderRows)
        {
            table.Append(Row(row, widths, header: true, cellContent));
        }
        foreach (var row in block.Rows)
        {
            table.Append(Row(row, widths, header: false, cellContent));
        }
        return table;
    }

    static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(Model.TableRow row, float[] widths, bool header, Func<IReadOnlyList<Block>, List<OpenXmlElement>> cellContent)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }
        var result = new DocumentFormat.OpenXml.Wordprocessing.TableRow(properties);
        for (var c = 0; c < widths.Length; c++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = DocxRenderer.Twips(widths[c]).ToString(), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "EEEEEE", Color = "auto" });
            }
            var content = c < row.Cells.Count ? cellContent(row.Cells[c]) : [];
            if (content.Count == 0 || content[^1] is not Paragraph)
            {
                content.Add(new Paragraph()); // A cell must end with a paragraph.
            }
            var cell = new TableCell(cellProperties);
            cell.Append(content);
            result.Append(cell);
        }
        return result;
    }
}
