using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WorkflowPortal.Documents.Model;
using MdListBlock = Markdig.Syntax.ListBlock;
using ParagraphBlock = Markdig.Syntax.ParagraphBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace WorkflowPortal.Documents.Templates;

// The Markdown subset contract templates produce, mapped onto the document model. Raw HTML is
// disabled: a template cannot inject markup. Anything outside the subset becomes plain text.
internal static class MarkdownDocument
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static void AddTo(BlockBuilder target, string markdown)
    {
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Add(target, block);
        }
    }

    static void Add(BlockBuilder target, Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                target.Heading(heading.Level, p => Inlines(p, heading.Inline, SpanStyle.Inherit));
                break;
            case ParagraphBlock paragraph:
                target.Paragraph(p => Inlines(p.Align(TextAlignment.Justify), paragraph.Inline, SpanStyle.Inherit));
                break;
            case MdListBlock list:
                void Items(ListBuilder l)
                {
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        l.Item(p => Inlines(p, item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline, SpanStyle.Inherit));
                    }
                }
                if (list.IsOrdered)
                {
                    target.NumberedList(Items);
                }
                else
                {
                    target.BulletList(Items);
                }
                break;
            case MdTable table:
                target.Table(t => Table(t, table));
                break;
            case ThematicBreakBlock:
                target.HorizontalRule();
                break;
            case LeafBlock leaf:
                target.Paragraph(string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(target, child);
                }
                break;
        }
    }

    static void Table(TableBuilder builder, MdTable table)
    {
        var columns = table.OfType<MdTableRow>().Select(r => r.Count).DefaultIfEmpty(1).Max();
        builder.Columns([.. Enumerable.Repeat(ColumnWidth.Relative(), columns)]);
        foreach (var row in table.OfType<MdTableRow>())
        {
            void Cells(RowBuilder r)
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var inline = cell.OfType<ParagraphBlock>().FirstOrDefault()?.Inline;
                    r.Cell(b => b.Paragraph(p => Inlines(p.Spacing(0, 0), inline, new SpanStyle(Bold: row.IsHeader ? true : null))));
                }
            }
            if (row.IsHeader)
            {
                builder.HeaderRow(Cells);
            }
            else
            {
                builder.Row(Cells);
            }
        }
    }

    static void Inlines(ParagraphBuilder paragraph, ContainerInline? container, SpanStyle style)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Text(literal.Content.ToString(), style);
                    break;
                case EmphasisInline emphasis:
                    Inlines(paragraph, emphasis, emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true });
                    break;
                case LineBreakInline lineBreak:
                    paragraph.Text(lineBreak.IsHard ? "\n" : " ", style);
                    break;
                case CodeInline code:
                    paragraph.Text(code.Content, style);
                    break;
                case ContainerInline nested:
                    Inlines(paragraph, nested, style);
                    break;
                case HtmlEntityInline entity:
                    paragraph.Text(entity.Transcoded.ToString(), style);
                    break;
            }
        }
    }
}
