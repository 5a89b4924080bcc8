namespace WorkflowPortal.Workflows.Files;

// The kinds of file we accept, recognised by their content, never by the name a person gave.
public enum FileKind { Unknown, Pdf, Docx, Xlsx, Pptx, LegacyOffice, Png, Jpeg, Gif, Text }

public static class FileKinds
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileKind.LegacyOffice => "application/octet-stream",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Gif => "image/gif",
        FileKind.Text => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    // The extensions a name may carry for each kind: a PDF named ".exe" is refused as well.
    public static bool NameFits(this FileKind kind, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return kind switch
        {
            FileKind.Pdf => extension == ".pdf",
            FileKind.Docx => extension == ".docx",
            FileKind.Xlsx => extension == ".xlsx",
            FileKind.Pptx => extension == ".pptx",
            FileKind.LegacyOffice => extension is ".doc" or ".xls" or ".ppt",
            FileKind.Png => extension == ".png",
            FileKind.Jpeg => extension is ".jpg" or ".jpeg",
            FileKind.Gif => extension == ".gif",
            FileKind.Text => extension is ".txt" or ".csv" or ".md",
            _ => false,
        };
    }
}
