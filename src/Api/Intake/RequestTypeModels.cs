using WorkflowPortal.Workflows.Assignment;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Api.Intake;

public sealed record RequestTypeBody(
    Guid? CategoryId,
    BilingualText? Name,
    BilingualText? Description,
    BilingualText? LegalNotice,
    RequestKind? Creates,
    string? WorkflowKey,
    string? PracticeArea,
    Priority? DefaultPriority,
    string? AssignedTeam,
    Audience? Audience,
    IReadOnlyList<Guid>? AudienceIds,
    bool? IsActive,
    int? FirstResponseHours,
    IReadOnlyList<FieldDefinition>? Fields,
    int? Revision)
{
    // Days before a hearing or a key date that its people are reminded; 7 and 1 when left out.
    public IReadOnlyList<int>? ReminderDays { get; init; }

    // Who new requests go to (rules over the form and `$client`, pools taken in turn); left out: assigned by hand.
    public AssignmentRules? Assignment { get; init; }

    // Missing parts become empty values that the domain rules then name precisely.
    public RequestTypeSpec ToSpec() => new(
        CategoryId ?? Guid.Empty,
        Name ?? new BilingualText("", ""),
        Description ?? new BilingualText("", ""),
        LegalNotice,
        Creates ?? RequestKind.Matter,
        WorkflowKey?.Trim() ?? "",
        PracticeArea?.Trim(),
        DefaultPriority ?? Priority.Normal,
        AssignedTeam?.Trim(),
        Audience ?? Workflows.Intake.Audience.AllClients,
        AudienceIds ?? [],
        IsActive ?? true,
        FirstResponseHours,
        Fields ?? [])
    {
        ReminderDays = ReminderDays ?? RequestTypeSpec.DefaultReminderDays,
        Assignment = Assignment,
    };
}

public sealed record CategoryBody(BilingualText? Name, int? Order);
