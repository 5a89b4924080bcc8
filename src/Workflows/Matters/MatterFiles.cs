using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

public sealed record Download(Stream Content, string FileName, string ContentType, long Size);

// Files of matters: stored by content check, listed and downloaded with the matter's visibility.
public sealed class MatterFiles(PortalDb db, IAttachmentStore store, AttachmentOptions options, WriteLimits limits, TimeProvider clock)
{
    static readonly Error FileNotFound = Error.NotFound("The file");

    public async Task<Result<IReadOnlyList<AttachmentView>>> ListAsync(Guid matterId, Actor actor, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        var rows = await db.Set<MatterAttachment>().AsNoTracking()
            .Where(a => a.MatterId == matterId && (actor.IsLegalTeam || a.VisibleToClient))
            .OrderBy(a => a.UploadedAt).ToListAsync(ct);
        return rows.Select(AttachmentView.Of).ToList();
    }

    public async Task<Result<AttachmentView>> UploadAsync(Guid matterId, Upload upload, bool visibleToClient, Actor actor, CancellationToken ct)
    {
        if (limits.Spend(actor) is { } tooMany) return tooMany;
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        // A client's own upload is always visible to them; only the legal team files internal documents.
        var stored = await StoreAsync([upload], matterId, null, visibleToClient || !actor.IsLegalTeam, actor, ct);
        if (!stored.IsSuccess) return stored.Error;
        db.AddRange(stored.Value);
        matter.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return AttachmentView.Of(stored.Value[0]);
    }

    public async Task<Result<Download>> OpenAsync(Guid attachmentId, Actor actor, CancellationToken ct)
    {
        var attachment = await db.Set<MatterAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null || (!actor.IsLegalTeam && !attachment.VisibleToClient)) return FileNotFound;
        if (attachment.MatterId is { } matterId)
        {
            if (await db.FindVisibleAsync(matterId, actor, ct) is null) return FileNotFound;
        }
        else if (attachment.UploadedBy != actor.UserId)
        {
            return FileNotFound; // a file waiting for its request is its uploader's alone
        }
        var content = await store.OpenAsync(attachment.StoredName, ct);
        return content is null
            ? FileNotFound
            : new Download(content, attachment.FileName, attachment.Kind.ContentType(), attachment.Size);
    }

    public async Task<Result<AttachmentView>> SetVisibilityAsync(Guid attachmentId, bool visibleToClient, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return FileNotFound;
        var attachment = await db.Set<MatterAttachment>().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null) return FileNotFound;
        attachment.SetVisibility(visibleToClient);
        await db.SaveChangesAsync(ct);
        return AttachmentView.Of(attachment);
    }

    // Stores the bytes; the caller adds the returned rows to its own transaction. All or nothing.
    internal async Task<Result<List<MatterAttachment>>> StoreAsync(IReadOnlyList<Upload> uploads, Guid? matterId, Guid? commentId,
        bool visibleToClient, Actor actor, CancellationToken ct)
    {
        if (uploads.Count > options.MaxFilesPerUpload)
            return Error.Invalid("files", $"Attach at most {options.MaxFilesPerUpload} files at once.");
        var rows = new List<MatterAttachment>();
        foreach (var upload in uploads)
        {
            var name = CleanName(upload.FileName);
            var saved = await store.SaveAsync(upload.Content, name, options.MaxBytes, ct);
            if (!saved.IsSuccess)
            {
                await ForgetAsync(rows, ct);
                return Error.Invalid("files", $"{name}: {saved.Error.Message}");
            }
            rows.Add(new MatterAttachment(Guid.NewGuid(), matterId, commentId, name, saved.Value, actor.UserId, actor.DisplayName,
                visibleToClient, clock.GetUtcNow()));
        }
        return rows;
    }

    internal async Task ForgetAsync(IEnumerable<MatterAttachment> rows, CancellationToken ct)
    {
        foreach (var row in rows) await store.DeleteAsync(row.StoredName, ct);
    }

    static string CleanName(string fileName) => FileNames.Clean(fileName);
}
