using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Model;
using TextAlignment = WorkflowPortal.Documents.Model.TextAlignment;

namespace WorkflowPortal.Documents.Docx;

// Blocks to WordprocessingML. Keep-together becomes keepNext/keepLines on every paragraph but
// the last, which is how Word keeps a group on one page.
internal sealed class DocxBlocks(MainDocumentPart main, DocumentSettings settings)
{
    readonly DocxNumbering numbering = new(main);
    readonly DocxImages images = new(main);

    // keepLast: also the last block keeps with what follows (cells of a kept table, whose rows
    // Word keeps together only when every paragraph in them has keepNext).
    public IEnumerable<OpenXmlElement> Blocks(IEnumerable<Block> blocks, bool keep = false, bool keepLast = false)
    {
        var list = blocks.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var keepThis = keep && (keepLast || i < list.Count - 1 || list[i] is TableBlock);
            foreach (var element in Block(list[i], keepThis))
            {
                yield return element;
            }
        }
    }

    public void FinishNumbering() => numbering.Write();

    IEnumerable<OpenXmlElement> Block(Block block, bool keep) => block switch
    {
        ParagraphBlock paragraph => [Paragraph(paragraph, keep)],
        ListBlock list => List(list, keep),
        TableBlock table => [DocxTables.Table(table, settings, cell => Blocks(cell, keep, keepLast: keep).ToList())],
        SpacingBlock spacing => [Spacer(spacing.Height, keep)],
        PageBreakBlock => [new Paragraph(new Run(new Break { Type = BreakValues.Page }))],
        KeepTogetherBlock group => Blocks(group.Blocks, keep: true),
        ImageBlock image => [Image(image, keep)],
        RuleBlock rule => [Rule(rule, keep)],
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    Paragraph Paragraph(ParagraphBlock block, bool keep, NumberingProperties? numbered = null)
    {
        var rtl = DocxRuns.IsRightToLeft(block.PlainText, block.Style.Direction, settings.Direction);
        var properties = new ParagraphProperties();
        if (block.HeadingLevel > 0)
        {
            properties.Append(new ParagraphStyleId { Val = $"Heading{Math.Min(block.HeadingLevel, 3)}" });
        }
        if (keep)
        {
            properties.Append(new KeepNext(), new KeepLines());
        }
        if (numbered is not null)
        {
            properties.Append(numbered);
        }
        if (rtl)
        {
            properties.Append(new BiDi());
        }
        properties.Append(new SpacingBetweenLines
        {
            Before = DocxRenderer.Twips(block.Style.SpacingBefore).ToString(),
            After = DocxRenderer.Twips(block.Style.SpacingAfter).ToString(),
            Line = ((int)(block.Style.LineHeight * 240 / 1.15f)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            LineRule = LineSpacingRuleValues.Auto,
        });
        // In a bidi paragraph Word reads left/right as start/end, like our model.
        var alignment = block.Style.Alignment switch
        {
            TextAlignment.End => JustificationValues.Right,
            TextAlignment.Center => JustificationValues.Center,
            TextAlignment.Justify => JustificationValues.Both,
            _ => JustificationValues.Left,
        };
        properties.Append(new Justification { Val = alignment });
        var paragraph = new Paragraph(properties);
        paragraph.Append(DocxRuns.For(block));
        return paragraph;
    }

    IEnumerable<OpenXmlElement> List(ListBlock list, bool keep)
    {
        var id = numbering.NewList(list.Numbered);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var reference = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id });
            yield return Paragraph(list.Items[i], keep, reference);
        }
    }

    static Paragraph Spacer(float height, bool keep)
    {
        var properties = new ParagraphProperties();
        if (keep)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new SpacingBetweenLines { Before = "0", After = "0", Line = DocxRenderer.Twips(Math.Max(height, 1)).ToString(), LineRule = LineSpacingRuleValues.Exact });
        return new Paragraph(properties);
    }

    static Paragraph Rule(RuleBlock rule, bool keep)
    {
        var properties = new ParagraphProperties();
        if (keep)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new ParagraphBorders(new BottomBorder
        {
            Val = BorderValues.Single,
            Size = (uint)Math.Max(2, Math.Round(rule.Thickness * 8)),
            Color = rule.Color.ToHex(),
            Space = 1,
        }));
        return new Paragraph(properties);
    }

    Paragraph Image(ImageBlock image, bool keep)
    {
        var properties = new ParagraphProperties();
        if (keep)
        {
            properties.Append(new KeepNext());
        }
        if (settings.IsRightToLeft)
        {
            properties.Append(new BiDi());
        }
        return new Paragraph(properties, new Run(images.Inline(image)));
    }
}
