using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

// The conversation on a matter. Internal notes and their files never reach a portal user.
public sealed class MatterComments(PortalDb db, MatterFiles files, MatterNotices notices, WriteLimits limits, TimeProvider clock)
{
    public const int MaxBody = 10_000;

    // One page of the conversation, newest first, by keyset on (CreatedAt, Id): a matter with
    // 10,000 comments answers a page as fast as one with 10.
    public async Task<Result<Page<CommentView>>> ListAsync(Guid matterId, Actor actor, string? cursor, int? limit, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        if (!Cursor.TryDecode(cursor, out var after))
            return Error.Invalid("cursor", "The cursor is not one this list issued; start again without it.");
        var take = Cursor.Limit(limit);
        var query = db.Set<MatterComment>().AsNoTracking().Where(c => c.MatterId == matterId && (actor.IsLegalTeam || !c.IsInternal));
        if (after is { } a) query = query.Where(c => Keyset.Before(c.CreatedAt, c.Id, a.At, a.Id));
        var comments = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(take + 1).ToListAsync(ct);
        var next = comments.Count > take ? new Cursor(comments[take - 1].CreatedAt, comments[take - 1].Id).Encode() : null;
        if (comments.Count > take) comments.RemoveAt(take);
        var ids = comments.Select(c => c.Id).ToList();
        var attachments = (await db.Set<MatterAttachment>().AsNoTracking()
                .Where(a => a.CommentId != null && ids.Contains(a.CommentId.Value) && (actor.IsLegalTeam || a.VisibleToClient))
                .ToListAsync(ct))
            .ToLookup(a => a.CommentId);
        return new Page<CommentView>(
            [.. comments.Select(c => View(c, attachments[c.Id].OrderBy(a => a.UploadedAt).Select(AttachmentView.Of).ToList()))], next);
    }

    public async Task<Result<CommentView>> AddAsync(Guid matterId, string? body, bool isInternal, bool isDevelopment,
        IReadOnlyList<Upload> uploads, Actor actor, CancellationToken ct)
    {
        if (limits.Spend(actor) is { } tooMany) return tooMany;
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam && (isInternal || isDevelopment))
            return Error.Forbidden("Only the legal team can write internal notes or mark developments.");
        var text = Texts.PlainText.Block(body)?.Trim() ?? "";
        if (text.Length == 0 && uploads.Count == 0) return Error.Invalid("body", "Write a comment or attach a file.");
        if (text.Length > MaxBody) return Error.Invalid("body", $"A comment is at most {MaxBody} characters.");

        var now = clock.GetUtcNow();
        var comment = new MatterComment(Guid.NewGuid(), matterId, actor.UserId, actor.DisplayName, actor.IsLegalTeam, text, isInternal, isDevelopment, now);
        // Files of an internal note stay internal; a client's files are visible to the client.
        var stored = await files.StoreAsync(uploads, matterId, comment.Id, visibleToClient: !isInternal, actor, ct);
        if (!stored.IsSuccess) return stored.Error;

        db.Add(comment);
        db.AddRange(stored.Value);
        if (actor.IsLegalTeam && !isInternal) matter.RecordLegalTeamResponse(now);
        else matter.Touch(now);
        await notices.CommentAddedAsync(matter, comment, actor, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await files.ForgetAsync(stored.Value, ct);
            throw;
        }
        return View(comment, stored.Value.Select(AttachmentView.Of).ToList());
    }

    static CommentView View(MatterComment c, IReadOnlyList<AttachmentView> attachments) =>
        new(c.Id, c.AuthorId, c.AuthorName, c.FromLegalTeam, c.Body, c.IsInternal, c.IsDevelopment, c.CreatedAt, attachments);
}
