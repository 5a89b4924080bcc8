namespace WorkflowPortal.Documents.Pdf;

// Temporary: writes the PDF unchanged until the catalog update is in.
internal static class PdfLanguage
{
    public static void Write(byte[] pdf, string language, Stream output)
    {
        _ = language;
        output.Write(pdf);
    }
}
