using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Signatures;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Tests.Signatures;

public sealed class PdfSigningTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    static readonly Lazy<SigningCredential> Credential = new(() =>
        SigningCredential.FromPkcs12(SigningCredential.CreateSelfSignedPkcs12("WorkflowPortal tests", "secret", Now), "secret"));

    [Fact]
    public void Appended_pages_are_the_last_pages_of_the_same_file()
    {
        var contract = Render(SampleContract.English());
        var merged = PdfPages.Append(contract, Render(Appendix()))!;

        Assert.Contains("Pages:           2", Poppler.Run("pdfinfo", merged), StringComparison.Ordinal);
        Assert.Contains("Legal Services Agreement", Poppler.PageText(merged, 1), StringComparison.Ordinal);
        Assert.Contains("Signature certificate appendix", Poppler.PageText(merged, 2), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfsig_validates_the_signature_and_fails_it_after_one_signed_byte_changes()
    {
        var signed = Sign(Render(SampleContract.Arabic()));

        var report = Poppler.Signatures(signed);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);

        var altered = ChangeOneByte(signed);
        Assert.DoesNotContain("Signature is Valid.", Poppler.Signatures(altered), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_says_valid_for_the_signed_copy_and_names_the_certificate()
    {
        var check = PdfSignatureCheck.Check(Sign(Render(SampleContract.English())));

        Assert.Equal(SignatureState.Valid, check.State);
        Assert.Equal(Credential.Value.Thumbprint, check.CertificateThumbprint);
    }

    [Fact]
    public void Check_refuses_an_altered_copy_an_extended_copy_and_an_unsigned_pdf()
    {
        var signed = Sign(Render(SampleContract.English()));

        Assert.Equal(SignatureState.Invalid, PdfSignatureCheck.Check(ChangeOneByte(signed)).State);
        Assert.Equal(SignatureState.ChangedAfterSigning, PdfSignatureCheck.Check([.. signed, .. "\n% added\n"u8.ToArray()]).State);
        Assert.Equal(SignatureState.NotSigned, PdfSignatureCheck.Check(Render(SampleContract.English())).State);
    }

    static byte[] Sign(byte[] pdf) => PdfSigner.Sign(pdf, Credential.Value, new SignatureDetails("WorkflowPortal tests", "Signed copy", Now))!;

    // A byte inside the first signed range (the document's own objects), not the signature itself.
    static byte[] ChangeOneByte(byte[] signed)
    {
        var copy = (byte[])signed.Clone();
        var at = System.Text.Encoding.Latin1.GetString(copy).IndexOf("/Producer", StringComparison.Ordinal) + 2;
        copy[at] = (byte)(copy[at] == 'r' ? 'R' : 'r');
        return copy;
    }

    static Document Appendix() => Document.Create(d => d.Content(c => c.Paragraph(p => p.Text("Signature certificate appendix"))));

    static byte[] Render(Document document)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(document, stream, TestFonts.Catalog);
        return stream.ToArray();
    }
}
