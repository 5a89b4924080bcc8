using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace WorkflowPortal.Documents.Signatures;

// Signs a whole PDF: PDFsharp writes the document once more with an invisible signature field on
// its last page whose /ByteRange and /Contents are placeholders; the placeholders are then filled
// in place, so every byte but the signature itself is covered (a full write, not an incremental one).
public static class PdfSigner
{
    // Room for the CMS: a 4096-bit RSA signature plus its certificate stays well below this.
    const int ContentsBytes = 8192;
    const string ByteRangePlaceholder = "[0 9999999999 9999999999 9999999999]";
    static readonly string ContentsPlaceholder = $"<{new string('0', 2 * ContentsBytes)}>";

    // Null when PDFsharp cannot read the document.
    public static byte[]? Sign(byte[] pdf, SigningCredential credential, SignatureDetails details)
    {
        using var document = PdfPages.TryOpen(pdf, PdfDocumentOpenMode.Modify);
        if (document is null) return null;
        AddSignatureField(document, details);
        var bytes = PdfPages.Save(document);

        var (contentsStart, contentsEnd) = Placeholders(bytes);
        var range = $"[0 {contentsStart} {contentsEnd} {bytes.Length - contentsEnd}]";
        var rangeAt = LastIndexOf(bytes, ByteRangePlaceholder, bytes.Length);
        Encoding.ASCII.GetBytes(range.PadRight(ByteRangePlaceholder.Length)).CopyTo(bytes, rangeAt);

        var signed = new byte[contentsStart + bytes.Length - contentsEnd];
        Buffer.BlockCopy(bytes, 0, signed, 0, contentsStart);
        Buffer.BlockCopy(bytes, contentsEnd, signed, contentsStart, bytes.Length - contentsEnd);
        var cms = CadesSignature.Create(signed, credential);
        if (cms.Length > ContentsBytes) throw new InvalidOperationException($"The signature ({cms.Length} bytes) does not fit its placeholder.");
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(bytes, contentsStart + 1);
        return bytes;
    }

    static void AddSignatureField(PdfDocument document, SignatureDetails details)
    {
        var signature = new PdfDictionary(document);
        signature.Elements["/Type"] = new PdfName("/Sig");
        signature.Elements["/Filter"] = new PdfName("/Adobe.PPKLite");
        signature.Elements["/SubFilter"] = new PdfName("/ETSI.CAdES.detached");
        signature.Elements["/ByteRange"] = new PdfLiteral(ByteRangePlaceholder);
        signature.Elements["/Contents"] = new PdfLiteral(ContentsPlaceholder);
        signature.Elements["/M"] = new PdfString($"D:{details.SignedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}Z");
        signature.Elements["/Name"] = new PdfString(details.SignerName);
        signature.Elements["/Reason"] = new PdfString(details.Reason);
        document.Internals.AddObject(signature);

        var page = document.Pages[document.PageCount - 1];
        var field = new PdfDictionary(document);
        field.Elements["/Type"] = new PdfName("/Annot");
        field.Elements["/Subtype"] = new PdfName("/Widget");
        field.Elements["/FT"] = new PdfName("/Sig");
        field.Elements["/T"] = new PdfString($"Portal signature {details.SignedAt.ToUnixTimeSeconds()}");
        field.Elements["/F"] = new PdfInteger(132); // print + locked; /Rect 0 0 0 0 makes it invisible.
        field.Elements["/Rect"] = new PdfLiteral("[0 0 0 0]");
        field.Elements["/P"] = page.Reference;
        field.Elements["/V"] = signature.Reference;
        document.Internals.AddObject(field);

        if (page.Elements.GetArray("/Annots") is { } annotations) annotations.Elements.Add(field.Reference!);
        else page.Elements["/Annots"] = new PdfArray(document, field.Reference!);

        var catalog = document.Internals.Catalog;
        if (catalog.Elements.GetDictionary("/AcroForm") is not { } form)
        {
            form = new PdfDictionary(document);
            document.Internals.AddObject(form);
            catalog.Elements["/AcroForm"] = form.Reference;
        }
        if (form.Elements.GetArray("/Fields") is { } fields) fields.Elements.Add(field.Reference!);
        else form.Elements["/Fields"] = new PdfArray(document, field.Reference!);
        form.Elements["/SigFlags"] = new PdfInteger(3); // signatures exist; append only
    }

    // Where the signature's hex string sits in what PDFsharp wrote.
    static (int Start, int End) Placeholders(byte[] bytes)
    {
        var start = LastIndexOf(bytes, ContentsPlaceholder, bytes.Length);
        return (start, start + ContentsPlaceholder.Length);
    }

    static int LastIndexOf(byte[] bytes, string text, int before)
    {
        var needle = Encoding.ASCII.GetBytes(text);
        var at = bytes.AsSpan(0, before).LastIndexOf(needle);
        return at >= 0 ? at : throw new InvalidOperationException($"PDFsharp did not write {text}.");
    }
}

public sealed record SignatureDetails(string SignerName, string Reason, DateTimeOffset SignedAt);
