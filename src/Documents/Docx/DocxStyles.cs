using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Docx;

// Document defaults: fonts for Latin (ascii/hAnsi) and complex scripts (cs), sizes and the
// languages Word uses for spelling and for digits in Arabic text.
internal static class DocxStyles
{
    public static void Add(MainDocumentPart main, DocumentSettings settings)
    {
        var style = settings.TextStyle;
        var latin = style.Families.FirstOrDefault() ?? "Noto Sans";
        var complex = style.Families.FirstOrDefault(f => f.Contains("Arab", StringComparison.OrdinalIgnoreCase)
            || f.Contains("Amiri", StringComparison.OrdinalIgnoreCase)) ?? latin;
        var size = HalfPoints(style.Size);
        var arabic = settings.Language.StartsWith("ar", StringComparison.OrdinalIgnoreCase);
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = latin, HighAnsi = latin, ComplexScript = complex, EastAsia = latin },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = arabic ? "en-US" : settings.Language, Bidi = arabic ? settings.Language : "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null),
            Paragraph("Heading1", "heading 1", 18, 1),
            Paragraph("Heading2", "heading 2", 14, 2),
            Paragraph("Heading3", "heading 3", 12, 3));
    }

    static Style Paragraph(string id, string name, float? size, int? outline)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        style.Append(new StyleName { Val = name });
        if (outline is { } level)
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
            style.Append(new StyleParagraphProperties(new KeepNext(), new KeepLines(),
                new SpacingBetweenLines { Before = "200", After = "120" }, new OutlineLevel { Val = level - 1 }));
            style.Append(new StyleRunProperties(new Bold(), new BoldComplexScript(),
                new FontSize { Val = HalfPoints(size!.Value) }, new FontSizeComplexScript { Val = HalfPoints(size.Value) }));
        }
        return style;
    }

    internal static string HalfPoints(float points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
