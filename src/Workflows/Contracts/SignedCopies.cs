using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Documents.Signatures;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Contracts.Verification;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// When the last signer signs, the contract gets a "signed" version: one PDF whose last page is the
// certificate (who, when, from where, which hash), digitally signed with the portal's certificate
// so that any reader shows it unchanged since. A generated contract is re-rendered with the
// certificate page; an uploaded PDF gets it appended with its own pages untouched. Only what
// cannot be one PDF (a DOCX, a PDF PDFsharp cannot read) keeps its file with the certificate beside.
public sealed class SignedCopies(PortalDb db, ContractDocuments documents, TemplateRendering rendering, ContractFiling filing,
    IAttachmentStore store, PortalCertificate certificate, TimeProvider clock)
{
    public async Task<Result<ContractVersion>> AddAsync(Contract contract, Actor actor, CancellationToken ct)
    {
        var signedVersion = await filing.LatestAsync(contract.Id, ct);
        if (signedVersion is null) return Error.Conflict("no-version", "There is no version to sign.");
        var signatures = db.Set<ContractSignature>().Local.Where(s => s.VersionId == signedVersion.Id)
            .Concat(await db.Set<ContractSignature>().AsNoTracking().Where(s => s.VersionId == signedVersion.Id).ToListAsync(ct))
            .DistinctBy(s => s.Id).OrderBy(s => s.SignedAt).ToList();
        var main = signedVersion.Files.FirstOrDefault(f => f.Kind == FileKind.Pdf && f.Role == FileRole.Document) ?? signedVersion.Files[0];
        var facts = new CertificateFacts(contract.Reference, contract.Title, signedVersion.Number, main.FileName, signedVersion.Sha256,
            signatures, clock.GetUtcNow());
        var signedName = $"{contract.Reference}-signed.pdf";

        // The very version the contract was generated from, whatever the studio published since.
        var template = contract.TemplateId is { } templateId && signedVersion.Origin == VersionOrigin.Generated
            ? await rendering.VersionAsync(templateId, contract.TemplateVersion, ct)
            : null;
        if (template is not null)
        {
            var language = contract.TemplateLanguage ?? "en";
            var draft = rendering.Render(template.Text, TemplateRendering.Answers(template.Fields, contract.Fields), language, contract.Title);
            if (!draft.IsSuccess) return draft.Error;
            var pdf = documents.Pdf(documents.WithCertificate(draft.Value, language, facts));
            return await AddSignedAsync(contract, [(Seal(pdf, contract, facts), signedName, FileRole.Document)], [], actor, ct);
        }

        var certificatePage = documents.Pdf(documents.CertificateOnly(facts));
        if (main.Kind == FileKind.Pdf && await ReadAsync(main, ct) is { } original && PdfPages.Append(original, certificatePage) is { } appended)
            return await AddSignedAsync(contract, [(Seal(appended, contract, facts), signedName, FileRole.Document)], [], actor, ct);

        return await AddSignedAsync(contract, [(Seal(certificatePage, contract, facts), $"{contract.Reference}-signature-certificate.pdf", FileRole.Certificate)],
            signedVersion.Files.Where(f => f.Role == FileRole.Document).ToList(), actor, ct);
    }

    Task<Result<ContractVersion>> AddSignedAsync(Contract contract, IReadOnlyList<(byte[] Bytes, string Name, FileRole Role)> files,
        IReadOnlyList<ContractFile> carried, Actor actor, CancellationToken ct) =>
        filing.AddAsync(contract, VersionOrigin.Signed, "Signed by every signer", files, carried, actor, ct);

    // Our own PDFs always open; should one not, the copy is kept unsigned rather than lost.
    byte[] Seal(byte[] pdf, Contract contract, CertificateFacts facts) =>
        PdfSigner.Sign(pdf, certificate.Credential, new SignatureDetails("WorkflowPortal",
            $"Signed copy of {contract.Reference}, version {facts.VersionNumber}", facts.IssuedAt)) ?? pdf;

    async Task<byte[]?> ReadAsync(ContractFile file, CancellationToken ct)
    {
        await using var content = await store.OpenAsync(file.StoredName, ct);
        if (content is null) return null;
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
