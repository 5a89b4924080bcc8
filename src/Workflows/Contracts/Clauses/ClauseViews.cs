using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts.Clauses;

public sealed record ClauseSummary(Guid Id, string Key, BilingualText Name, int Revision, int UsedBy, DateTimeOffset UpdatedAt);

// A template using a clause: whether its working copy inserts it, and which clause revision its
// published version froze (older than the clause's revision = republish to take the change).
public sealed record ClauseUse(Guid TemplateId, BilingualText TemplateName, bool InWorkingCopy, int? PublishedVersion, int? PublishedRevision);

public sealed record ClauseDetail(Guid Id, string Key, BilingualText Name, string BodyEn, string BodyAr, IReadOnlyList<FieldDefinition> Fields,
    int Revision, IReadOnlyList<ClauseUse> UsedBy);
