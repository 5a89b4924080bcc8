namespace WorkflowPortal.Workflows.Contracts;

// The evidence of one signature: who, how (typed name or drawn image), what they agreed to, when,
// from where, and the SHA-256 of the exact version they were shown.
public sealed class ContractSignature
{
    ContractSignature() { }

    public ContractSignature(Guid contractId, Guid taskId, ContractVersion version, Guid signerId, string signerName,
        SignatureMark mark, string consentText, string? ipAddress, string? userAgent, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        TaskId = taskId;
        VersionId = version.Id;
        VersionNumber = version.Number;
        VersionSha256 = version.Sha256;
        SignerId = signerId;
        SignerName = signerName;
        TypedName = mark.TypedName;
        DrawnImage = mark.DrawnImage;
        ConsentText = consentText;
        IpAddress = ipAddress;
        UserAgent = userAgent;
        SignedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public string VersionSha256 { get; private set; } = "";
    public Guid SignerId { get; private set; }
    public string SignerName { get; private set; } = "";
    public string? TypedName { get; private set; }

    // A data: URL of a PNG the signer drew, kept small by the API's limit.
    public string? DrawnImage { get; private set; }
    // The sentence the signer accepted (SignatureConsent); empty on signatures made before it was asked.
    public string ConsentText { get; private set; } = "";
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }
    public DateTimeOffset SignedAt { get; private set; }
}

public sealed record SignatureMark(string? TypedName, string? DrawnImage);
