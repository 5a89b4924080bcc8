using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// The versions of a contract's document: listed, added (PDF or DOCX, checked by content) and
// downloaded, with the contract's visibility.
public sealed class ContractVersions(PortalDb db, IAttachmentStore store, AttachmentOptions options, ContractFiling filing, WriteLimits limits)
{
    static readonly Error FileNotFound = Error.NotFound("The file");

    public async Task<Result<IReadOnlyList<VersionView>>> ListAsync(Guid contractId, Actor actor, CancellationToken ct)
    {
        if (!await db.VisibleContracts(actor).AnyAsync(c => c.Id == contractId, ct)) return ContractAccess.NotFound;
        var versions = await db.Set<ContractVersion>().AsNoTracking().Where(v => v.ContractId == contractId).OrderBy(v => v.Number).ToListAsync(ct);
        return versions.Select(VersionView.Of).ToList();
    }

    public async Task<Result<VersionView>> AddAsync(Guid contractId, IReadOnlyList<Upload> uploads, string? note, Actor actor, CancellationToken ct)
    {
        if (limits.Spend(actor) is { } tooMany) return tooMany;
        var contract = await db.VisibleContracts(actor).FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null) return ContractAccess.NotFound;
        if (contract.IsDone) return Error.Conflict("contract-closed", "The contract is closed; no new version can be added.");
        if (uploads.Count is 0 or > 2) return Error.Invalid("files", "Send the version as one PDF or DOCX file, or one of each.");
        if ((note?.Length ?? 0) > 2000) return Error.Invalid("note", "A note is at most 2000 characters.");
        var files = new List<ContractFile>();
        foreach (var upload in uploads)
        {
            var name = FileNames.Clean(upload.FileName, "contract");
            var saved = await store.SaveAsync(upload.Content, name, options.MaxBytes, ct);
            if (saved.IsSuccess && saved.Value.Kind is not (FileKind.Pdf or FileKind.Docx))
            {
                await store.DeleteAsync(saved.Value.StoredName, ct);
                return Error.Invalid("files", $"{name}: a contract version is a PDF or a Word (DOCX) document.");
            }
            if (!saved.IsSuccess)
            {
                foreach (var file in files) await store.DeleteAsync(file.StoredName, ct);
                return Error.Invalid("files", $"{name}: {saved.Error.Message}");
            }
            files.Add(new ContractFile(name, saved.Value));
        }
        var version = await filing.RecordAsync(contract, VersionOrigin.Uploaded, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), files, actor, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            foreach (var file in files) await store.DeleteAsync(file.StoredName, ct);
            return Error.Conflict("version-race", "Another version was added at the same moment. Reload and try again.");
        }
        return VersionView.Of(version);
    }

    // One file of a version; ?file= picks it, else the version's main document (PDF first).
    public async Task<Result<Download>> OpenAsync(Guid versionId, Guid? fileId, Actor actor, CancellationToken ct)
    {
        var version = await db.Set<ContractVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null || !await db.VisibleContracts(actor).AnyAsync(c => c.Id == version.ContractId, ct)) return FileNotFound;
        var file = fileId is { } id
            ? version.Files.FirstOrDefault(f => f.Id == id)
            : version.Files.OrderBy(f => f.Role).ThenBy(f => f.Kind == FileKind.Pdf ? 0 : 1).FirstOrDefault();
        if (file is null) return FileNotFound;
        var content = await store.OpenAsync(file.StoredName, ct);
        return content is null ? FileNotFound : new Download(content, file.FileName, file.Kind.ContentType(), file.Size);
    }
}
