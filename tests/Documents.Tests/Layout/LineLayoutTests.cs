using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Layout;

public sealed class LineLayoutTests
{
    const float Margin = 56;
    static readonly float Right = PageSize.A4.Width - Margin;
    static readonly string Clause = string.Concat(Enumerable.Repeat("يلتزم المكتب بتقديم الاستشارات القانونية ومراجعة العقود التجارية وتمثيل العميل أمام المحاكم المختصة. ", 4));

    [Fact]
    public void Justified_Arabic_lines_fill_the_width_and_keep_the_same_joined_glyphs()
    {
        var justified = Lines(Clause, TextAlignment.Justify);
        var ragged = Lines(Clause, TextAlignment.Start);
        Assert.True(justified.Count >= 3);
        foreach (var line in justified.SkipLast(1))
        {
            Assert.InRange(line.Min(r => r.Positions.Min(p => p.X)), Margin - 1, Margin + 1);
            Assert.InRange(line.Max(r => r.Positions.Max(p => p.X)), Right - 15, Right);
        }
        // Only spaces widen: every line has exactly the glyphs of the unjustified layout.
        Assert.Equal(ragged.Select(Glyphs), justified.Select(Glyphs));
    }

    [Fact]
    public void Long_text_wraps_at_spaces_and_stays_inside_the_margins()
    {
        var text = string.Join(" ", Enumerable.Range(1, 120).Select(i => $"word{i}"));
        var lines = Lines(text, TextAlignment.Start, TextDirection.LeftToRight);
        Assert.True(lines.Count > 5);
        Assert.All(lines.SelectMany(l => l).SelectMany(r => r.Positions), p => Assert.InRange(p.X, Margin, Right));
        Assert.All(lines, l => Assert.DoesNotMatch(@"word\d+word", string.Concat(l.Select(r => r.Text))));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.SelectMany(l => l).Select(r => r.Text)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_is_never_broken_at_its_hyphens()
    {
        // Enough text that some line would otherwise end inside one of the dates.
        var text = string.Join(" ", Enumerable.Range(1, 60).Select(i => $"clause {i} dated 2026-03-{i % 28 + 1:00}"));
        var lines = Lines(text, TextAlignment.Start, TextDirection.LeftToRight);
        Assert.All(lines, l => Assert.DoesNotMatch(@"\d-$", string.Concat(l.Select(r => r.Text)).TrimEnd()));
    }

    [Fact]
    public void A_keep_together_block_taller_than_a_page_flows_on_instead_of_running_off_the_page()
    {
        var document = Document.Create(d => d.Content(c => c.KeepTogether(k =>
        {
            for (var i = 0; i < 120; i++)
            {
                k.Paragraph($"Schedule line {i}");
            }
        })));
        var layout = TestFonts.Layout(document);
        Assert.True(layout.Pages.Count >= 2);
        var bottom = PageSize.A4.Height - Margin;
        Assert.All(layout.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>(), r => Assert.True(r.Positions[0].Y < bottom, $"'{r.Text}' is below the margin"));
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        for (var filler = 30; filler < 50; filler++)
        {
            var count = filler;
            var pages = TestFonts.PageTexts(Document.Create(d => d.Content(c =>
            {
                for (var i = 0; i < count; i++)
                {
                    c.Paragraph($"Filler {i}.");
                }
                c.Heading(2, "HEADING").Paragraph("BODY");
            })));
            Assert.Equal(pages.FindIndex(p => p.Contains("HEADING", StringComparison.Ordinal)), pages.FindIndex(p => p.Contains("BODY", StringComparison.Ordinal)));
        }
    }

    static string Glyphs(List<GlyphRunItem> line) => string.Join(",", line.SelectMany(r => r.Glyphs));

    // Runs grouped by baseline, top to bottom.
    static List<List<GlyphRunItem>> Lines(string text, TextAlignment alignment, TextDirection direction = TextDirection.RightToLeft)
    {
        var document = Document.Create(d => d.Direction(direction).Margins(Margin).Content(c => c.Paragraph(p => p.Text(text).Align(alignment))));
        return [.. TestFonts.Layout(document).Pages[0].Items.OfType<GlyphRunItem>()
            .GroupBy(r => MathF.Round(r.Positions[0].Y)).OrderBy(g => g.Key).Select(g => g.ToList())];
    }
}
