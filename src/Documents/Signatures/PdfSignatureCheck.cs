using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;

namespace WorkflowPortal.Documents.Signatures;

public enum SignatureState { NotSigned, Invalid, ChangedAfterSigning, Valid }

// What a signature says about a PDF; Certificate is the one the CMS names (null when unreadable).
public sealed record SignatureCheckResult(SignatureState State, X509Certificate? Certificate)
{
    public string? CertificateThumbprint => Certificate is null ? null : Convert.ToHexString(SHA256.HashData(Certificate.GetEncoded()));
}

// Checks the last signature of a PDF: its byte range covers the whole file (nothing was added
// after it), the CMS verifies against the bytes it covers, and its signing-certificate-v2 names the
// certificate that verified it.
public static partial class PdfSignatureCheck
{
    public static SignatureCheckResult Check(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = ByteRange().Matches(text).LastOrDefault();
        if (match is null) return new(SignatureState.NotSigned, null);
        var range = Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        if (range[0] != 0 || range[1] < 0 || range[2] <= range[1] || range[2] + range[3] > pdf.Length || range[1] + 2 > range[2])
            return new(SignatureState.Invalid, null);

        var contents = text.Substring((int)range[1], (int)(range[2] - range[1])).Trim('<', '>');
        CmsSignedData cms;
        try
        {
            var der = new Asn1InputStream(Convert.FromHexString(contents)).ReadObject();
            var signed = new byte[range[1] + range[3]];
            Buffer.BlockCopy(pdf, 0, signed, 0, (int)range[1]);
            Buffer.BlockCopy(pdf, (int)range[2], signed, (int)range[1], (int)range[3]);
            cms = new CmsSignedData(new CmsProcessableByteArray(signed), Org.BouncyCastle.Asn1.Cms.ContentInfo.GetInstance(der));
        }
        // Anyone's bytes: a malformed hex string or CMS fails in many ways, each meaning "not valid".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(SignatureState.Invalid, null);
        }

        var signer = cms.GetSignerInfos().GetSigners().FirstOrDefault();
        var certificate = signer is null ? null : cms.GetCertificates().EnumerateMatches(signer.SignerID).FirstOrDefault();
        if (signer is null || certificate is null) return new(SignatureState.Invalid, null);
        if (!Verifies(signer, certificate) || !NamesCertificate(signer, certificate)) return new(SignatureState.Invalid, certificate);
        // Bytes after the signed range were appended later: the signature no longer speaks for them.
        return new(range[2] + range[3] == pdf.Length ? SignatureState.Valid : SignatureState.ChangedAfterSigning, certificate);
    }

    static bool Verifies(SignerInformation signer, X509Certificate certificate)
    {
        try { return signer.Verify(certificate); }
        catch (Exception e) when (e is not OutOfMemoryException) { return false; }
    }

    static bool NamesCertificate(SignerInformation signer, X509Certificate certificate)
    {
        if (signer.SignedAttributes?[PkcsObjectIdentifiers.IdAASigningCertificateV2] is not { } attribute) return false;
        var ids = SigningCertificateV2.GetInstance(attribute.AttrValues[0]).GetCerts();
        var hash = SHA256.HashData(certificate.GetEncoded());
        return ids.Length > 0 && ids[0].GetCertHash().AsSpan().SequenceEqual(hash);
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
