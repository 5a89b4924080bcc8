using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Documents.Signatures;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Verification;

// Anyone may ask whether a PDF is a genuine signed copy from this portal. Genuine means: the last
// signature covers the whole file and verifies, it was made with the portal's certificate, and
// the file is one the portal issued as a signed version. The answer names only what the holder
// of the copy can already read on it: the contract reference, the version and the signing dates.
public sealed class SignedCopyVerification(PortalDb db, PortalCertificate certificate)
{
    // Larger than any signed copy the portal writes; the page and the API read no more than this.
    public const long MaxBytes = 20 * 1024 * 1024;

    // The upload, read whole (at most MaxBytes), then checked. Codes name the refusal for the page.
    public async Task<Result<VerificationVerdict>> VerifyAsync(Stream? upload, CancellationToken ct)
    {
        if (upload is null) return Refusal("file-missing", "Attach the PDF to check as the form field 'file'.");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return Refusal("file-too-large", $"The file is larger than {MaxBytes / 1024 / 1024} MB.");
            buffer.Write(chunk, 0, read);
        }
        var pdf = buffer.ToArray();
        if (!pdf.AsSpan().StartsWith("%PDF-"u8)) return Refusal("file-not-pdf", "The file is not a PDF.");
        return await VerifyAsync(pdf, ct);
    }

    static Error Refusal(string code, string message) =>
        new(ErrorKind.Invalid, code, message, new Dictionary<string, string[]> { ["file"] = [message] });

    public async Task<VerificationVerdict> VerifyAsync(byte[] pdf, CancellationToken ct)
    {
        var check = PdfSignatureCheck.Check(pdf);
        var outcome = check.State switch
        {
            SignatureState.NotSigned => VerificationOutcome.NotSigned,
            SignatureState.Valid when check.CertificateThumbprint != certificate.Credential.Thumbprint => VerificationOutcome.OtherSigner,
            SignatureState.Valid => VerificationOutcome.Genuine,
            _ => VerificationOutcome.Altered,
        };
        if (outcome != VerificationOutcome.Genuine) return new(outcome, null, null, null, [], null);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var issued = await (
            from file in db.Set<ContractFile>()
            join version in db.Set<ContractVersion>() on file.VersionId equals version.Id
            join contract in db.Set<Contract>() on version.ContractId equals contract.Id
            where file.Sha256 == sha256 && version.Origin == VersionOrigin.Signed
            select new { contract.Id, contract.Reference, version.Number, version.CreatedAt }).FirstOrDefaultAsync(ct);
        if (issued is null) return new(VerificationOutcome.NotOnRecord, null, null, null, [], null);

        // The signatures are on the version before the signed copy: the one the signers were shown.
        var signatures = await db.Set<ContractSignature>()
            .Where(s => s.ContractId == issued.Id && s.VersionNumber < issued.Number)
            .Select(s => new { s.VersionNumber, s.SignedAt }).ToListAsync(ct);
        var signedNumber = signatures.Count == 0 ? (int?)null : signatures.Max(s => s.VersionNumber);
        var dates = signatures.Where(s => s.VersionNumber == signedNumber).Select(s => s.SignedAt).Order().ToList();
        return new(VerificationOutcome.Genuine, issued.Reference, issued.Number, signedNumber, dates, issued.CreatedAt);
    }
}

public enum VerificationOutcome { Genuine, NotSigned, Altered, OtherSigner, NotOnRecord }

public sealed record VerificationVerdict(VerificationOutcome Outcome, string? ContractReference, int? VersionNumber,
    int? SignedVersionNumber, IReadOnlyList<DateTimeOffset> SignedAt, DateTimeOffset? IssuedAt)
{
    public bool IsGenuine => Outcome == VerificationOutcome.Genuine;
}
