using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Documents.Signatures;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Verification;

// The certificate the portal signs its signed copies with: Signing:CertificatePath (a PKCS#12 .pfx)
// and Signing:CertificatePassword. Without them a self-signed one is generated once under
// <Storage:Root>/signing and kept, so copies signed yesterday still verify today.
public sealed class PortalCertificate(IConfiguration configuration, StorageOptions storage, IHostEnvironment environment,
    TimeProvider clock, ILogger<PortalCertificate> log)
{
    const string GeneratedPassword = "workflowportal-development";
    readonly Lock _gate = new();
    SigningCredential? _credential;

    public SigningCredential Credential
    {
        get
        {
            lock (_gate) return _credential ??= Load();
        }
    }

    SigningCredential Load()
    {
        if (configuration["Signing:CertificatePath"] is { Length: > 0 } path)
            return SigningCredential.FromPkcs12(File.ReadAllBytes(path), configuration["Signing:CertificatePassword"] ?? "");

        var file = storage.PathFor("signing", "portal-signing.pfx");
        if (!File.Exists(file))
        {
            if (!environment.IsDevelopment())
                log.LogWarning("Signing:CertificatePath is not set: signed copies are signed with a self-signed certificate kept in {File}.", file);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.{Guid.NewGuid():N}";
            File.WriteAllBytes(temporary, SigningCredential.CreateSelfSignedPkcs12("WorkflowPortal signed copies", GeneratedPassword, clock.GetUtcNow()));
            try { File.Move(temporary, file); }
            catch (IOException) { File.Delete(temporary); } // another instance wrote it first: use theirs
        }
        return SigningCredential.FromPkcs12(File.ReadAllBytes(file), GeneratedPassword);
    }
}
