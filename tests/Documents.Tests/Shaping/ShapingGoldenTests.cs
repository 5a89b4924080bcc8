using System.Globalization;
using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Shaping;

// Text extraction cannot prove shaping; glyph ids and positions can. Goldens are for Amiri
// Regular (fonts-hosny-amiri) at 20 pt on A4 with 56 pt margins: the first line of a paragraph,
// glyphs in visual order as "glyph@x,y" (page points, y down).
public sealed class ShapingGoldenTests
{
    [Fact]
    public void Arabic_words_are_shaped_into_joined_glyphs_from_right_to_left_with_marks_above()
    {
        var glyphs = VisualGlyphs("مرحبا بالعالم، أُبرم العقد", TextDirection.RightToLeft);
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

    const string ArabicGolden = "2170@387.48,74.90 2203@396.90,74.90 2062@404.46,74.90 2335@411.78,74.90 391@415.28,74.90 3@419.62,74.90 421@425.46,74.90 2532@434.50,74.90 2498@440.48,74.90 1929@445.86,72.16 387@444.00,74.90 3@448.68,74.90 365@454.52,74.90 5214@461.90,74.90 5169@465.96,74.90 2033@470.72,74.90 2062@475.30,74.90 2335@482.62,74.90 2033@486.12,74.90 2102@490.70,74.90 3@494.50,74.90 2033@500.34,74.90 2143@504.92,74.90 2231@509.80,74.90 3119@522.90,74.90 3104@532.36,74.90";
    const string MixedGolden = "36@322.22,74.90 70@334.26,74.90 80@342.52,74.90 72@357.94,74.90 3@366.32,74.90 47@372.16,74.90 87@383.16,74.90 71@389.22,74.90 3@399.26,74.90 2048@405.10,74.90 2349@414.96,74.90 3@422.74,74.90 21@428.58,74.90 19@439.22,74.90 21@449.86,74.90 23@460.50,74.90 3@471.14,74.90 2346@476.98,74.90 2190@487.42,74.90 401@493.32,74.90 3@501.30,74.90 2170@507.14,74.90 2203@516.56,74.90 2062@524.12,74.90 2335@531.44,74.90 391@534.94,74.90";
    const string LamAlefGolden = "6@528.92,74.35 450@528.92,74.35";

    static string VisualGlyphs(string text, TextDirection direction, string family = "Amiri")
    {
        var document = Document.Create(d => d.Direction(direction)
            .TextStyle(s => s with { Families = [family], Size = 20 })
            .Content(c => c.Paragraph(text)));
        var page = TestFonts.Layout(document).Pages[0];
        var runs = page.Items.OfType<GlyphRunItem>().ToList();
        Assert.All(runs, r => Assert.Equal(family, r.Face.Family));
        return string.Join(" ", runs.SelectMany(r => r.Glyphs.Zip(r.Positions,
            (g, p) => string.Create(CultureInfo.InvariantCulture, $"{g}@{p.X:0.00},{p.Y:0.00}"))));
    }
}
