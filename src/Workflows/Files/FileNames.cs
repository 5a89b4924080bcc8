namespace WorkflowPortal.Workflows.Files;

// The display name of an uploaded file: no folders, no control characters, no bidi overrides or
// isolates (U+202E makes "invoice‮fdp.exe" read as "invoiceexe.pdf"), a sane length.
public static class FileNames
{
    public static string Clean(string? fileName, string fallback = "file")
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && !Texts.PlainText.IsBidiControl(c)).ToArray()).Trim();
        if (name.Length > 200) name = name[..150] + Clip(Path.GetExtension(name), 20);
        return name.Length == 0 ? fallback : name;
    }

    static string Clip(string value, int length) => value.Length > length ? value[..length] : value;
}
