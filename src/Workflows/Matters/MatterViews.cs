using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Matters;

public sealed record MatterFilter(
    string? Search = null,
    string? Status = null,
    Guid? CategoryId = null,
    string? PracticeArea = null,
    Guid? AssignedLawyerId = null,
    Guid? ClientId = null,
    MatterKind? Kind = null,
    bool? Open = null,
    bool? FromPortal = null,
    MatterOrder Order = MatterOrder.Newest);

// The orders a list offers; each is one index range, paged by keyset on (moment, id).
public enum MatterOrder
{
    Newest,
    Oldest,
    RecentlyUpdated,
    LeastRecentlyUpdated,
}

public sealed record MatterSummary(
    Guid Id,
    string Reference,
    MatterKind Kind,
    string Title,
    Guid RequestTypeId,
    Guid CategoryId,
    string Status,
    bool IsDone,
    Priority Priority,
    string? PracticeArea,
    Guid RequesterId,
    Guid? ClientId,
    Guid? AssignedLawyerId,
    bool FromPortal,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string? ClientName,
    string? AssignedLawyerName);
