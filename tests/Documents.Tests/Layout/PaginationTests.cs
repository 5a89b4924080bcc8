using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Layout;

public sealed class PaginationTests
{
    [Fact]
    public void A_table_spanning_pages_repeats_its_header_row_on_each_page()
    {
        var document = Document.Create(d => d.Content(c => c.Table(t =>
        {
            t.HeaderRow("Invoice", "Amount");
            for (var i = 1; i <= 120; i++)
            {
                t.Row($"INV-{i:000}", $"{i * 10} AED");
            }
        })));
        var pages = TestFonts.PageTexts(document);
        Assert.True(pages.Count >= 3, $"expected the table to span pages, got {pages.Count}");
        Assert.All(pages, text => Assert.StartsWith("Invoice Amount", text, StringComparison.Ordinal));
        Assert.Equal(120, pages.Sum(p => p.Split("INV-").Length - 1));
    }

    [Fact]
    public void A_table_row_is_never_split_across_pages()
    {
        var tall = string.Join(" ", Enumerable.Repeat("clause text that wraps over several lines", 12));
        var document = Document.Create(d => d.Content(c => c.Table(t =>
        {
            for (var i = 1; i <= 30; i++)
            {
                t.Row($"ROW{i:00}START {tall} ROW{i:00}END", "x");
            }
        })));
        var pages = TestFonts.PageTexts(document);
        Assert.True(pages.Count >= 2);
        for (var i = 1; i <= 30; i++)
        {
            var start = pages.FindIndex(p => p.Contains($"ROW{i:00}START", StringComparison.Ordinal));
            var end = pages.FindIndex(p => p.Contains($"ROW{i:00}END", StringComparison.Ordinal));
            Assert.True(start >= 0 && start == end, $"row {i} starts on page {start + 1} and ends on page {end + 1}");
        }
    }

    [Fact]
    public void A_signature_block_that_would_straddle_a_page_moves_whole_to_the_next_page()
    {
        // Find an amount of filler that makes the unprotected block straddle a page break, so
        // the keep-together assertion below is meaningful.
        var filler = Enumerable.Range(1, 120).First(n =>
        {
            var pages = TestFonts.PageTexts(Signatures(n, keepTogether: false));
            return PageOf(pages, "SIGNATURES") != PageOf(pages, "SIGNED-END");
        });
        var kept = TestFonts.PageTexts(Signatures(filler, keepTogether: true));
        Assert.Equal(PageOf(kept, "SIGNATURES"), PageOf(kept, "SIGNED-END"));
        Assert.Equal(PageOf(kept, $"Filler paragraph {filler - 1}.") + 1, PageOf(kept, "SIGNATURES"));
    }

    static Document Signatures(int filler, bool keepTogether) => Document.Create(d => d.Content(c =>
    {
        for (var i = 0; i < filler; i++)
        {
            c.Paragraph($"Filler paragraph {i}.");
        }
        void Block(BlockBuilder b) => b.Heading(2, "SIGNATURES").Paragraph("For the Client").Paragraph("Signature line")
            .Paragraph("For the Firm").Paragraph("SIGNED-END");
        if (keepTogether)
        {
            c.KeepTogether(Block);
        }
        else
        {
            Block(c);
        }
    }));

    static int PageOf(List<string> pages, string text) => pages.FindIndex(p => p.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Footer_shows_page_x_of_y_on_every_page()
    {
        var document = Document.Create(d => d
            .Footer(f => f.Paragraph(p => p.Text("Page ").PageNumber().Text(" of ").PageCount()))
            .Content(c => c.Paragraph("one").PageBreak().Paragraph("two").PageBreak().Paragraph("three")));
        var pages = TestFonts.PageTexts(document);
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"Page {i + 1} of 3", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Right_to_left_paragraph_starts_at_the_right_margin_and_table_puts_its_first_column_on_the_right()
    {
        var document = Document.Create(d => d.Direction(TextDirection.RightToLeft).Margins(50).Content(c => c
            .Paragraph("نص قصير")
            .Table(t => t.Row("الأول", "الثاني"))));
        var runs = TestFonts.Layout(document).Pages[0].Items.OfType<GlyphRunItem>().ToList();
        var right = PageSize.A4.Width - 50;
        var paragraph = runs.Single(r => r.Text == "نص قصير");
        Assert.InRange(paragraph.Positions.Max(p => p.X), right - 40, right);
        var first = runs.Single(r => r.Text == "الأول").Positions.Min(p => p.X);
        var second = runs.Single(r => r.Text == "الثاني").Positions.Min(p => p.X);
        Assert.True(first > second, "the first column of a right-to-left table must be on the right");
    }
}
