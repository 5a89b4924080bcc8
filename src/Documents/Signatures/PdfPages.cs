using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace WorkflowPortal.Documents.Signatures;

// Page-level edits of existing PDFs with PDFsharp: the portal never rewrites what a page shows.
public static class PdfPages
{
    // The document's pages, then the appendix's: one file whose last pages are the appendix.
    // Null when PDFsharp cannot read the document (encrypted, damaged): the caller keeps it whole.
    public static byte[]? Append(byte[] document, byte[] appendix)
    {
        var original = TryOpen(document, PdfDocumentOpenMode.Modify);
        if (original is null) return null;
        using (original)
        using (var extra = PdfReader.Open(new MemoryStream(appendix), PdfDocumentOpenMode.Import))
        {
            foreach (var page in extra.Pages) original.AddPage(page);
            return Save(original);
        }
    }

    public static int Count(byte[] document)
    {
        using var pdf = TryOpen(document, PdfDocumentOpenMode.Import);
        return pdf?.PageCount ?? 0;
    }

    internal static PdfDocument? TryOpen(byte[] bytes, PdfDocumentOpenMode mode)
    {
        try
        {
            var document = PdfReader.Open(new MemoryStream(bytes), mode);
            if (!document.SecuritySettings.IsEncrypted) return document;
            document.Dispose();
            return null;
        }
        // An uploaded file is anyone's bytes: PDFsharp's parser fails on broken ones with many types.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    internal static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
