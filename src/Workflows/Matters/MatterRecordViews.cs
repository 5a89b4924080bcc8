namespace WorkflowPortal.Workflows.Matters;

public sealed record CommentView(
    Guid Id, Guid AuthorId, string AuthorName, bool FromLegalTeam, string Body, bool IsInternal, bool IsDevelopment,
    DateTimeOffset CreatedAt, IReadOnlyList<AttachmentView> Attachments);

public sealed record AttachmentView(
    Guid Id, string FileName, string ContentType, long Size, string Sha256, string UploadedByName, bool VisibleToClient,
    DateTimeOffset UploadedAt, Guid? CommentId)
{
    public static AttachmentView Of(MatterAttachment a) => new(
        a.Id, a.FileName, Files.FileKinds.ContentType(a.Kind), a.Size, a.Sha256, a.UploadedByName, a.VisibleToClient, a.UploadedAt, a.CommentId);
}

public sealed record HearingView(
    Guid Id, DateTimeOffset At, string Court, string? Chamber, string? Judge, string? Type, string? Notes, string? Outcome,
    DateTimeOffset? NextHearingAt, bool VisibleToClient)
{
    public static HearingView Of(Hearing h) => new(h.Id, h.At, h.Court, h.Chamber, h.Judge, h.Type, h.Notes, h.Outcome, h.NextHearingAt, h.VisibleToClient);
}

public sealed record RelatedPersonView(Guid Id, string Name, string Role, string? Contact);

public sealed record KeyDateView(Guid Id, string Title, DateOnly Date, bool VisibleToClient);

// A file as it arrives from a form or a multipart request, before it is stored.
public sealed record Upload(string FileName, Stream Content);
