using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Docx;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Tests.Docx;

public sealed class DocxOutputTests
{
    [Fact]
    public void Arabic_contract_is_valid_Open_Xml_with_right_to_left_paragraphs_runs_and_tables()
    {
        using var package = Render(SampleContract.Arabic());
        AssertValid(package);
        var body = package.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();
        Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphProperties?.GetFirstChild<BiDi>()));
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText.Contains("اتفاقية", StringComparison.Ordinal) && r.RunProperties?.RightToLeftText is not null);
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText.Contains("Acme", StringComparison.Ordinal) && r.RunProperties?.RightToLeftText is null);
        var tables = body.Descendants<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.GetFirstChild<TableProperties>()?.GetFirstChild<BiDiVisual>()));
        Assert.Contains(tables[0].Descendants<TableRow>(), r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        Assert.NotNull(body.GetFirstChild<SectionProperties>()?.GetFirstChild<BiDi>());
        // The signature block is kept together: Word needs keepNext on every paragraph of its table.
        Assert.All(tables[^1].Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
        Assert.Null(tables[0].Descendants<Paragraph>().First().ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Footer_carries_page_and_page_count_fields()
    {
        using var package = Render(SampleContract.English());
        AssertValid(package);
        var footer = Assert.Single(package.MainDocumentPart!.FooterParts).Footer!;
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        var tables = package.MainDocumentPart.Document!.Body!.Descendants<Table>();
        Assert.All(tables, t => Assert.Null(t.GetFirstChild<TableProperties>()?.GetFirstChild<BiDiVisual>()));
    }

    static WordprocessingDocument Render(WorkflowPortal.Documents.Model.Document document)
    {
        var stream = new MemoryStream();
        DocxRenderer.Render(document, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    static void AssertValid(WordprocessingDocument package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
