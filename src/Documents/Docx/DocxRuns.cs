using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Text.Bidi;
using TextDirection = WorkflowPortal.Documents.Model.TextDirection;
using WordColor = DocumentFormat.OpenXml.Wordprocessing.Color;

namespace WorkflowPortal.Documents.Docx;

// Spans become Word runs. Word shapes and orders a run by its w:rtl flag, so a span mixing
// Arabic and Latin is cut where the strong direction changes; neutrals stay with the text
// before them.
internal static class DocxRuns
{
    public static IEnumerable<OpenXmlElement> For(ParagraphBlock paragraph)
    {
        var baseStyle = paragraph.Style.Text ?? SpanStyle.Inherit;
        foreach (var span in paragraph.Spans)
        {
            var style = new SpanStyle(span.Style.Bold ?? baseStyle.Bold, span.Style.Italic ?? baseStyle.Italic,
                span.Style.Size ?? baseStyle.Size, span.Style.Color ?? baseStyle.Color);
            switch (span)
            {
                case TextSpan text:
                    foreach (var (piece, rtl) in SplitByDirection(text.Text))
                    {
                        yield return Run(piece, rtl, style);
                    }
                    break;
                case PageNumberSpan:
                    yield return Field(" PAGE ", style);
                    break;
                case PageCountSpan:
                    yield return Field(" NUMPAGES ", style);
                    break;
            }
        }
    }

    public static bool IsRightToLeft(string text, TextDirection explicitDirection, TextDirection fallback)
    {
        if (explicitDirection != TextDirection.Auto)
        {
            return explicitDirection == TextDirection.RightToLeft;
        }
        foreach (var rune in text.EnumerateRunes())
        {
            switch (UnicodeBidiData.GetClass(rune.Value))
            {
                case BidiClass.L:
                    return false;
                case BidiClass.R or BidiClass.AL:
                    return true;
            }
        }
        return fallback == TextDirection.RightToLeft;
    }

    static IEnumerable<(string Text, bool RightToLeft)> SplitByDirection(string text)
    {
        var current = new StringBuilder();
        bool? rtl = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var type = UnicodeBidiData.GetClass(rune.Value);
            bool? strong = type switch { BidiClass.L => false, BidiClass.R or BidiClass.AL => true, _ => null };
            if (strong is { } s && rtl is { } r && s != r && current.Length > 0)
            {
                yield return (current.ToString(), r);
                current.Clear();
            }
            rtl = strong ?? rtl;
            current.Append(rune.ToString());
        }
        if (current.Length > 0)
        {
            yield return (current.ToString(), rtl ?? false);
        }
    }

    static Run Run(string text, bool rtl, SpanStyle style)
    {
        var run = new Run();
        var properties = Properties(style, rtl);
        if (properties.HasChildren)
        {
            run.Append(properties);
        }
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    static SimpleField Field(string instruction, SpanStyle style)
    {
        var placeholder = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("1"));
        var properties = Properties(style, false);
        if (properties.HasChildren)
        {
            placeholder.PrependChild(properties);
        }
        return new SimpleField(placeholder) { Instruction = instruction };
    }

    // Child order follows the schema (CT_RPr): b, bCs, i, iCs, color, sz, szCs, rtl.
    static RunProperties Properties(SpanStyle style, bool rtl)
    {
        var properties = new RunProperties();
        if (style.Bold == true)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        if (style.Italic == true)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }
        if (style.Color is { } color)
        {
            properties.Append(new WordColor { Val = color.ToHex() });
        }
        if (style.Size is { } size)
        {
            properties.Append(new FontSize { Val = DocxStyles.HalfPoints(size) }, new FontSizeComplexScript { Val = DocxStyles.HalfPoints(size) });
        }
        if (rtl)
        {
            properties.Append(new RightToLeftText());
        }
        return properties;
    }
}
