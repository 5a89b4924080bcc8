using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// When the last signer signs, the contract gets a "signed" version carrying a certificate (who,
// when, from where, which hash). A contract generated from a template is re-rendered with the
// certificate as its last page, one PDF. An uploaded document is never rewritten: the signed
// version keeps the very same file and adds the certificate as a second PDF beside it.
public sealed class SignedCopies(PortalDb db, ContractDocuments documents, TemplateRendering rendering, ContractFiling filing, TimeProvider clock)
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

        var files = new List<(byte[] Bytes, string Name, FileRole Role)>();
        // The very version the contract was generated from, whatever the studio published since.
        var template = contract.TemplateId is { } templateId && signedVersion.Origin == VersionOrigin.Generated
            ? await rendering.VersionAsync(templateId, contract.TemplateVersion, ct)
            : null;
        if (template is not null)
        {
            var language = contract.TemplateLanguage ?? "en";
            var draft = rendering.Render(template.Text, TemplateRendering.Answers(template.Fields, contract.Fields), language, contract.Title);
            if (!draft.IsSuccess) return draft.Error;
            files.Add((documents.Pdf(documents.WithCertificate(draft.Value, language, facts)), $"{contract.Reference}-signed.pdf", FileRole.Document));
        }
        else
        {
            files.Add((documents.Pdf(documents.CertificateOnly(facts)), $"{contract.Reference}-signature-certificate.pdf", FileRole.Certificate));
        }
        return await filing.AddAsync(contract, VersionOrigin.Signed, "Signed by every signer", files,
            template is null ? signedVersion.Files.Where(f => f.Role == FileRole.Document).ToList() : [], actor, ct);
    }
}
