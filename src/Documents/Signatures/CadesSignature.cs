using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Utilities.Collections;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using AttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;
using CmsAttributes = Org.BouncyCastle.Asn1.Cms.CmsAttributes;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace WorkflowPortal.Documents.Signatures;

// The CMS part of a PAdES baseline (B-B) signature: SignedData, detached, SHA-256, with the signed
// attributes content-type, message-digest and signing-certificate-v2, and no signing-time (PAdES
// puts the time in the signature dictionary's /M instead).
internal static class CadesSignature
{
    public static byte[] Create(byte[] content, SigningCredential credential)
    {
        var algorithm = credential.PrivateKey is ECPrivateKeyParameters ? "SHA256WITHECDSA" : "SHA256WITHRSA";
        var signer = new SignerInfoGeneratorBuilder()
            .WithSignedAttributeGenerator(new BaselineAttributes(credential.Certificate))
            .Build(new Asn1SignatureFactory(algorithm, credential.PrivateKey), credential.Certificate);
        var generator = new CmsSignedDataGenerator();
        generator.AddSignerInfoGenerator(signer);
        generator.AddCertificates(CollectionUtilities.CreateStore([credential.Certificate]));
        return generator.Generate(new CmsProcessableByteArray(content), encapsulate: false).GetEncoded(Asn1Encodable.Der);
    }

    // The ESS signing-certificate-v2 attribute: binds the signature to this certificate, by hash.
    public static Attribute SigningCertificate(X509Certificate certificate)
    {
        var issuer = new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber));
        var id = new EssCertIDv2(SHA256.HashData(certificate.GetEncoded()), issuer);
        return new Attribute(PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2(id)));
    }

    sealed class BaselineAttributes(X509Certificate certificate) : CmsAttributeTableGenerator
    {
        public AttributeTable GetAttributes(IDictionary<CmsAttributeTableParameter, object> parameters)
        {
            var contentType = (DerObjectIdentifier)parameters[CmsAttributeTableParameter.ContentType];
            var digest = (byte[])parameters[CmsAttributeTableParameter.Digest];
            return new AttributeTable(new Asn1EncodableVector(
                new Attribute(CmsAttributes.ContentType, new DerSet(contentType)),
                new Attribute(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(digest))),
                SigningCertificate(certificate)));
        }
    }
}
