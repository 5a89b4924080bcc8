using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkflowPortal.Documents.Model;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace WorkflowPortal.Documents.Docx;

// Writes the same document model as an editable Word file: right-to-left paragraphs, runs and
// tables where the text needs them, PAGE/NUMPAGES fields in header and footer.
public static class DocxRenderer
{
    public static void Render(Model.Document document, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var settings = document.Settings;
            package.PackageProperties.Title = settings.Title;
            package.PackageProperties.Creator = settings.Author;
            package.PackageProperties.Language = settings.Language;

            var main = package.AddMainDocumentPart();
            main.Document = new WordDocument(new Body());
            DocxStyles.Add(main, settings);
            var writer = new DocxBlocks(main, settings);

            var body = main.Document.Body!;
            foreach (var element in writer.Blocks(document.Body))
            {
                body.Append(element);
            }
            var section = Section(settings);
            if (document.Header.Count > 0)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(writer.Blocks(document.Header));
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (document.Footer.Count > 0)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(writer.Blocks(document.Footer));
                var footerReference = new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) };
                if (section.GetFirstChild<HeaderReference>() is { } header)
                {
                    header.InsertAfterSelf(footerReference);
                }
                else
                {
                    section.PrependChild(footerReference);
                }
            }
            body.Append(section);
            writer.FinishNumbering();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    static SectionProperties Section(DocumentSettings settings)
    {
        var m = settings.Margins;
        var section = new SectionProperties(
            new DocumentFormat.OpenXml.Wordprocessing.PageSize { Width = Twips(settings.PageSize.Width), Height = Twips(settings.PageSize.Height) },
            new PageMargin
            {
                Top = (int)Math.Round(m.Top * 20), Bottom = (int)Math.Round(m.Bottom * 20), Left = Twips(m.Left), Right = Twips(m.Right),
                Header = Twips(m.Top / 2), Footer = Twips(m.Bottom / 2), Gutter = 0,
            });
        if (settings.IsRightToLeft)
        {
            section.Append(new BiDi());
        }
        return section;
    }

    internal static UInt32Value Twips(float points) => (uint)Math.Round(points * 20);
}
