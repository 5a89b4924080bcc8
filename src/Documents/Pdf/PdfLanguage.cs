using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkflowPortal.Documents.Pdf;

// Adds /Lang to the document catalog, which screen readers and PDF/UA need and SkiaSharp's
// metadata cannot express. Done as a PDF incremental update (a new catalog revision appended
// after Skia's bytes), so nothing Skia wrote is moved or re-parsed.
internal static partial class PdfLanguage
{
    public static void Write(byte[] pdf, string language, Stream output)
    {
        output.Write(pdf);
        if (string.IsNullOrWhiteSpace(language))
        {
            return;
        }
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = TrailerPattern().Matches(text) is { Count: > 0 } all ? all[^1] : null;
        var startXref = StartXrefPattern().Matches(text) is { Count: > 0 } xrefs ? xrefs[^1] : null;
        if (trailer is null || startXref is null)
        {
            throw new InvalidOperationException("Skia's PDF has no classic trailer: cannot add the document language.");
        }
        var root = trailer.Groups["root"].Value;
        var catalog = new Regex($@"(?<=\n){root} 0 obj\s*(?<dict><<.*?>>)\s*endobj", RegexOptions.Singleline).Match(text);
        if (!catalog.Success)
        {
            throw new InvalidOperationException("The PDF catalog was not found: cannot add the document language.");
        }
        var dictionary = catalog.Groups["dict"].Value;
        var safe = new string([.. language.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        var updated = string.Concat(dictionary.AsSpan(0, dictionary.Length - 2), $"\n/Lang ({safe})>>");

        var objectOffset = pdf.Length + 1;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"\n{root} 0 obj\n{updated}\nendobj\n");
        var xrefOffset = objectOffset + body.Length - 1;
        body.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{objectOffset:D10} 00000 n \ntrailer\n<</Size {trailer.Groups["size"].Value}\n/Root {root} 0 R");
        if (trailer.Groups["info"].Success)
        {
            body.Append(CultureInfo.InvariantCulture, $"\n/Info {trailer.Groups["info"].Value} 0 R");
        }
        body.Append(CultureInfo.InvariantCulture, $"\n/Prev {startXref.Groups["offset"].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(body.ToString()));
    }

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+)\s*/Root (?<root>\d+) 0 R(\s*/Info (?<info>\d+) 0 R)?")]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s*(?<offset>\d+)")]
    private static partial Regex StartXrefPattern();
}
