using System.Globalization;
using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Shaping;

// Text extraction cannot prove shaping; glyph ids and positions can. Goldens are for Amiri
// Regular (fonts-hosny-amiri) at 20 pt on A4 with 56 pt margins: the first line of a paragraph,
// glyphs in visual order as "glyph@x".
public sealed class ShapingGoldenTests
{
    [Fact]
    public void Arabic_word_is_shaped_into_joined_glyphs_from_right_to_left()
    {
        var glyphs = VisualGlyphs("مرحبا بالعالم", TextDirection.RightToLeft);
        Assert.Equal(ArabicGolden, glyphs);
    }

    [Fact]
    public void Mixed_Arabic_Latin_and_digits_keep_Latin_and_numbers_left_to_right()
    {
        // Visual order, left to right: "Acme Ltd", "مع", "2024", "رقم", "العقد".
        var glyphs = VisualGlyphs("العقد رقم 2024 مع Acme Ltd", TextDirection.RightToLeft);
        Assert.Equal(MixedGolden, glyphs);
    }

    [Fact]
    public void Lam_alef_becomes_one_ligature_glyph()
    {
        // Amiri draws lam-alef as two contextual glyphs; Noto Naskh Arabic has the ligature.
        var glyphs = VisualGlyphs("لا", TextDirection.RightToLeft, "Noto Naskh Arabic");
        Assert.Equal(LamAlefGolden, glyphs);
        // The ligature glyph carries the width; the second glyph is an empty placeholder at the same x.
        Assert.Single(glyphs.Split(' ').Select(g => g.Split('@')[1]).Distinct());
    }

    const string ArabicGolden = "5214@461.90 5169@465.96 2033@470.72 2062@475.30 2335@482.62 2033@486.12 2102@490.70 3@494.50 2033@500.34 2143@504.92 2231@509.80 3119@522.90 3104@532.36";
    const string MixedGolden = "36@322.22 70@334.26 80@342.52 72@357.94 3@366.32 47@372.16 87@383.16 71@389.22 3@399.26 2048@405.10 2349@414.96 3@422.74 21@428.58 19@439.22 21@449.86 23@460.50 3@471.14 2346@476.98 2190@487.42 401@493.32 3@501.30 2170@507.14 2203@516.56 2062@524.12 2335@531.44 391@534.94";
    const string LamAlefGolden = "6@528.92 450@528.92";

    static string VisualGlyphs(string text, TextDirection direction, string family = "Amiri")
    {
        var document = Document.Create(d => d.Direction(direction)
            .TextStyle(s => s with { Families = [family], Size = 20 })
            .Content(c => c.Paragraph(text)));
        var page = TestFonts.Layout(document).Pages[0];
        var runs = page.Items.OfType<GlyphRunItem>().ToList();
        Assert.All(runs, r => Assert.Equal(family, r.Face.Family));
        return string.Join(" ", runs.SelectMany(r => r.Glyphs.Zip(r.Positions,
            (g, p) => string.Create(CultureInfo.InvariantCulture, $"{g}@{p.X:0.00}"))));
    }
}
