using WorkflowPortal.Documents.Layout;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Templates;

namespace WorkflowPortal.Documents.Tests.Templates;

public sealed class ContractTemplateTests
{
    const string Source = """
        # عقد خدمات قانونية

        أُبرم هذا العقد بتاريخ {{ date }} مع **{{ client }}**.

        ## الالتزامات

        1. مراجعة العقود *التجارية*.
        2. تمثيل {{ client }} أمام المحاكم.

        | البند | المبلغ |
        |---|---|
        {% for fee in fees %}| {{ fee.item }} | {{ fee.amount }} |
        {% endfor %}
        """;

    static readonly Dictionary<string, object?> Answers = new()
    {
        ["date"] = "2026-03-15",
        ["client"] = "Acme Trading LLC",
        ["fees"] = new[]
        {
            new Dictionary<string, object?> { ["item"] = "استشارات", ["amount"] = "1,500 AED" },
            new Dictionary<string, object?> { ["item"] = "مراجعة", ["amount"] = "4,000 AED" },
        },
    };

    [Fact]
    public void Template_becomes_headings_paragraphs_lists_and_tables()
    {
        var document = Render(Source, Answers);
        var blocks = document.Body;
        Assert.Equal(1, Assert.IsType<ParagraphBlock>(blocks[0]).HeadingLevel);
        var intro = Assert.IsType<ParagraphBlock>(blocks[1]);
        Assert.Contains(intro.Spans.OfType<TextSpan>(), s => s.Style.Bold == true && s.Text.Contains("Acme Trading LLC", StringComparison.Ordinal));
        Assert.Equal(2, Assert.IsType<ParagraphBlock>(blocks[2]).HeadingLevel);
        var list = Assert.IsType<ListBlock>(blocks[3]);
        Assert.True(list.Numbered);
        Assert.Contains(list.Items[0].Spans.OfType<TextSpan>(), s => s.Style.Italic == true && s.Text == "التجارية");
        var table = Assert.IsType<TableBlock>(blocks[4]);
        Assert.Single(table.HeaderRows);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Fields_are_wrapped_in_isolates_so_a_date_stays_whole_in_Arabic_text()
    {
        var markdown = Compile(Source).RenderMarkdown(Answers).Value!;
        Assert.Contains("\u20682026\\-03\\-15\u2069", markdown, StringComparison.Ordinal);

        var document = Render(Source, Answers);
        var runs = TestFonts.Layout(document).Pages[0].Items.OfType<GlyphRunItem>().Select(r => r.Text).ToList();
        Assert.Contains("2026-03-15", runs);

        // The same sentence without the isolate: the Unicode algorithm turns the date around.
        var bare = Document.Create(d => d.Direction(TextDirection.RightToLeft).Content(c => c.Paragraph("أُبرم هذا العقد بتاريخ 2026-03-15 مع")));
        var bareRuns = TestFonts.Layout(bare).Pages[0].Items.OfType<GlyphRunItem>().Select(r => r.Text).ToList();
        Assert.DoesNotContain("2026-03-15", bareRuns);
    }

    [Fact]
    public void A_rendered_template_is_a_searchable_pdf_with_the_answers_in_place()
    {
        using var stream = new MemoryStream();
        var result = PdfRenderer.Render(Render(Source, Answers), stream, TestFonts.Catalog);
        Assert.Empty(result.Warnings);
        var text = Poppler.Text(stream.ToArray());
        foreach (var expected in new[] { "عقد", "الالتزامات", "Acme Trading LLC", "2026-03-15", "1,500 AED", "استشارات" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_answer_cannot_inject_Markdown_structure()
    {
        var document = Render("Client: {{ client }}", new Dictionary<string, object?> { ["client"] = "**Evil** | # Corp\n- item" });
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document.Body));
        Assert.Contains("**Evil** | # Corp - item", paragraph.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_syntax_is_an_error_with_its_line_and_no_template()
    {
        var result = ContractTemplate.Compile("# Title\n\nHello\n{% if client %}\nText {{ client \n");
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(5, result.Error!.Line);
    }

    [Fact]
    public void Unknown_variable_is_an_error_with_its_line_and_no_document()
    {
        var template = Compile("# Title\n\nDear {{ client }},\n\nYour fee is {{ fee_amount }}.\n");
        var result = template.Render(new Dictionary<string, object?> { ["client"] = "Acme" });
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(5, result.Error!.Line);
        Assert.Contains("fee_amount", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_filter_is_an_error_with_its_line()
    {
        var result = Compile("Line one\n{{ client | shout }}\n").Render(new Dictionary<string, object?> { ["client"] = "Acme" });
        Assert.Equal(2, result.Error!.Line);
    }

    static ContractTemplate Compile(string source)
    {
        var result = ContractTemplate.Compile(source);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }

    static Document Render(string source, IReadOnlyDictionary<string, object?> answers)
    {
        var result = Compile(source).Render(answers, d => d.Direction(TextDirection.RightToLeft).Language("ar"));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }
}
