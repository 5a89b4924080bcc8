using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace WorkflowPortal.Documents.Signatures;

// The certificate and private key a PDF is signed with, read from a PKCS#12 (.pfx) file.
public sealed class SigningCredential
{
    SigningCredential(X509Certificate certificate, AsymmetricKeyParameter privateKey)
    {
        Certificate = certificate;
        PrivateKey = privateKey;
        Thumbprint = Convert.ToHexString(SHA256.HashData(certificate.GetEncoded()));
    }

    public X509Certificate Certificate { get; }
    public AsymmetricKeyParameter PrivateKey { get; }

    // SHA-256 of the certificate: what a verifier compares with the certificate inside a signature.
    public string Thumbprint { get; }

    public string SubjectName => Certificate.SubjectDN.ToString();

    public static SigningCredential FromPkcs12(byte[] pfx, string password)
    {
        var store = new Pkcs12StoreBuilder().Build();
        store.Load(new MemoryStream(pfx), password.ToCharArray());
        var alias = store.Aliases.FirstOrDefault(store.IsKeyEntry)
            ?? throw new InvalidOperationException("The signing certificate file holds no private key.");
        return new SigningCredential(store.GetCertificate(alias).Certificate, store.GetKey(alias).Key);
    }

    // For development and tests: a self-signed RSA certificate, valid ten years.
    public static byte[] CreateSelfSignedPkcs12(string subject, string password, DateTimeOffset now)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={subject}"), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
