namespace WorkflowPortal.Workflows.Matters;

// A note on a matter. Shared notes are the conversation with the client; internal notes never
// leave the legal team.
public sealed class MatterComment
{
    MatterComment() { }

    public MatterComment(Guid id, Guid matterId, Guid authorId, string authorName, bool fromLegalTeam,
        string body, bool isInternal, bool isDevelopment, DateTimeOffset now)
    {
        Id = id;
        MatterId = matterId;
        AuthorId = authorId;
        AuthorName = authorName;
        FromLegalTeam = fromLegalTeam;
        Body = body;
        IsInternal = isInternal;
        IsDevelopment = isDevelopment;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid MatterId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public bool FromLegalTeam { get; private set; }
    public string Body { get; private set; } = "";
    public bool IsInternal { get; private set; }

    // An "important development" the legal team highlights on the matter page.
    public bool IsDevelopment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
