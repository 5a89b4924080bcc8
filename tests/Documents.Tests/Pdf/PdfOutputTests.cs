using System.Text;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Tests.Pdf;

public sealed class PdfOutputTests
{
    [Fact]
    public void Pdftotext_finds_the_Arabic_and_English_words_of_a_rendered_contract()
    {
        var arabic = ExtractText(SampleContract.Arabic());
        foreach (var word in new[] { "اتفاقية", "الاستشارات", "القانونية", "التوقيعات", "Acme Trading LLC", "Globex Corporation", "John Smith", "2026-03-15", "25,000" })
        {
            Assert.Contains(word, arabic, StringComparison.Ordinal);
        }
        var english = ExtractText(SampleContract.English());
        foreach (var word in new[] { "Legal Services Agreement", "Globex Corporation", "Page 1 of 1", "مكتب", "للمحاماة" })
        {
            Assert.Contains(word, english, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Isolated_fields_come_out_whole_from_a_contract_in_the_default_fonts()
    {
        // Invisible isolate characters are not drawn; when they were, pdftotext split
        // "Acme" into "A" and "cme" on different lines.
        var text = ExtractText(BilingualContract.Create(3));
        foreach (var phrase in new[] { "Acme Trading LLC", "2026-03-15", "The Firm shall advise Acme Trading LLC", "الاستشارات القانونية" })
        {
            Assert.Contains(phrase, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain('\u2068', text);
    }

    [Fact]
    public void Pdf_carries_title_author_and_language_and_embeds_only_font_subsets()
    {
        var bytes = Render(SampleContract.Arabic(), out var result);
        var text = Encoding.Latin1.GetString(bytes);
        Assert.Equal(1, result.PageCount);
        Assert.Contains("/Lang (ar)", text, StringComparison.Ordinal);
        var info = Poppler.Run("pdfinfo", bytes);
        Assert.Contains("اتفاقية تقديم خدمات قانونية", info, StringComparison.Ordinal);
        Assert.Contains("WorkflowPortal", info, StringComparison.Ordinal);
        // Amiri Regular alone is 400+ KB; the whole contract must stay far below one font.
        Assert.True(bytes.Length < 100_000, $"the PDF is {bytes.Length} bytes");
    }

    [Fact]
    public void A_character_no_font_can_draw_is_reported_as_a_warning()
    {
        var document = Document.Create(d => d.Content(c => c.Paragraph("Clause \U0001F9FF here")));
        Render(document, out var result);
        Assert.Equal([0x1F9FF], result.MissingCharacters);
        Assert.Contains("U+1F9FF", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_only_drawable_text_has_no_warnings()
    {
        Render(SampleContract.Arabic(), out var result);
        Assert.Empty(result.Warnings);
    }

    static byte[] Render(Document document, out RenderResult result)
    {
        using var stream = new MemoryStream();
        result = PdfRenderer.Render(document, stream, TestFonts.Catalog);
        return stream.ToArray();
    }

    static string ExtractText(Document document) => Poppler.Run("pdftotext", Render(document, out _));
}
