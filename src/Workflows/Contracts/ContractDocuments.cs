using System.Globalization;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Previews;
using WorkflowPortal.Documents.Docx;

namespace WorkflowPortal.Workflows.Contracts;

// Contract documents drawn by src/Documents: PDF, DOCX and page images of a template's draft
// (rendered by Templates/TemplateRendering), and the signature certificate.
public sealed class ContractDocuments(FontCatalog fonts, TimeProvider clock)
{
    // The contract's own pages, then a page break and the certificate: one PDF for generated contracts.
    public Document WithCertificate(Document contract, string language, CertificateFacts facts) =>
        Document.Create(d =>
        {
            Settings(d, language, contract.Settings.Title);
            d.Content(c =>
            {
                foreach (var block in contract.Body) c.Add(block);
                c.PageBreak();
                Certificate(c, facts);
            });
        });

    public Document CertificateOnly(CertificateFacts facts) =>
        Document.Create(d =>
        {
            Settings(d, "en", $"Signature certificate: {facts.Title}");
            d.Content(c => Certificate(c, facts));
        });

    public byte[] Pdf(Document document)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(document, stream, fonts, clock.GetUtcNow());
        return stream.ToArray();
    }

    // Page images for an on-screen preview: browsers without a PDF viewer show them too.
    public IReadOnlyList<byte[]> Pages(Document document, int maxPages) => PagePreview.RenderPng(document, fonts, 96, maxPages);

    public static byte[] Docx(Document document)
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(document, stream);
        return stream.ToArray();
    }

    internal static void Settings(DocumentBuilder d, string language, string title)
    {
        d.Title(title).Language(language).Direction(language == "ar" ? TextDirection.RightToLeft : TextDirection.LeftToRight);
        d.Footer(f => f.Paragraph(p => p.Text(language == "ar" ? "صفحة " : "Page ").PageNumber().Text(" / ").PageCount().Align(TextAlignment.Center)));
    }

    // Always in English and left to right: the hash and the evidence read the same for everyone.
    static void Certificate(BlockBuilder c, CertificateFacts facts)
    {
        c.Heading(1, h => h.Text("Signature certificate").Direction(TextDirection.LeftToRight));
        Line(c, $"Contract: {facts.Reference} - {facts.Title}");
        Line(c, $"Signed version: {facts.VersionNumber}, file {facts.FileName}");
        Line(c, "SHA-256 of the signed version:");
        Line(c, facts.Sha256);
        foreach (var signature in facts.Signatures)
        {
            c.Heading(2, h => h.Text(signature.SignerName).Direction(TextDirection.LeftToRight));
            Line(c, $"Signed at {signature.SignedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC");
            Line(c, $"Method: {(signature.TypedName is { } typed ? $"typed name \"{typed}\"" : "drawn signature")}");
            Line(c, $"IP address: {signature.IpAddress ?? "unknown"}");
            Line(c, $"User agent: {signature.UserAgent ?? "unknown"}");
            Line(c, $"Hash signed: {signature.VersionSha256}");
            if (signature.ConsentText.Length > 0)
            {
                // The sentence as the signer read and accepted it, in the signer's language.
                Line(c, "Consent accepted:");
                c.Paragraph(p => p.Text(signature.ConsentText).Direction(
                    signature.ConsentText.Any(ch => ch is >= '\u0600' and <= '\u06FF') ? TextDirection.RightToLeft : TextDirection.LeftToRight));
            }
        }
        Line(c, $"Certificate issued at {facts.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC by WorkflowPortal.");
    }

    static void Line(BlockBuilder c, string text) => c.Paragraph(p => p.Text(text).Direction(TextDirection.LeftToRight));
}

public sealed record CertificateFacts(string Reference, string Title, int VersionNumber, string FileName, string Sha256,
    IReadOnlyList<ContractSignature> Signatures, DateTimeOffset IssuedAt);
