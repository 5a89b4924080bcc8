using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Intake;
using FieldType = WorkflowPortal.Workflows.Intake.FieldType;

namespace WorkflowPortal.Workflows.Matters;

// One matter as one person may see it: a client gets the client-facing status label and no
// internal material; the legal team gets everything.
public sealed record MatterDetail(
    Guid Id,
    string Reference,
    MatterKind Kind,
    RequestKind Creates,
    string Title,
    Guid RequestTypeId,
    BilingualText RequestTypeName,
    Guid RequesterId,
    string RequesterName,
    Guid? ClientId,
    Guid? AssignedLawyerId,
    string? AssignedLawyerName,
    Priority Priority,
    string? PracticeArea,
    bool FromPortal,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    MatterStatus Status,
    ClockView Clock,
    IReadOnlyList<FieldValueView> Fields,
    Guid WorkflowInstanceId,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<AvailableAction> Actions,
    int? Rating,
    string? RatingRemark)
{
    // What comes next and by when: for a client only the deadlines the workflow makes public,
    // without who is reminded or escalated to; for the legal team all of them.
    public IReadOnlyList<DeadlineView> Upcoming { get; init; } = [];

    // History holds the newest entries, oldest first; with earlier ones, the cursor of
    // GET /matters/{id}/history that reads them (MatterWork.HistoryAsync).
    public string? HistoryCursor { get; init; }
}

public sealed record MatterStatus(string State, LocalizedText Label, StateCategory Category, string? WaitingOn, bool IsDone);

public sealed record ClockView(DateTimeOffset? DueAt, DateTimeOffset? RespondedAt, bool IsPaused, bool IsOverdue);

public sealed record FieldValueView(string Key, FieldType Type, BilingualText Label, IReadOnlyList<string> Values);
