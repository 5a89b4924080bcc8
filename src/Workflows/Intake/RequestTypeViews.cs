using WorkflowPortal.Workflows.Assignment;

namespace WorkflowPortal.Workflows.Intake;

public sealed record CategoryView(Guid Id, BilingualText Name, int Order, bool IsActive);

public sealed record RequestTypeView(
    Guid Id,
    Guid CategoryId,
    BilingualText Name,
    BilingualText Description,
    BilingualText? LegalNotice,
    RequestKind Creates,
    string WorkflowKey,
    string? PracticeArea,
    Priority DefaultPriority,
    string? AssignedTeam,
    Audience Audience,
    IReadOnlyList<Guid> AudienceIds,
    bool IsActive,
    int? FirstResponseHours,
    IReadOnlyList<FieldDefinition> Fields,
    int Revision)
{
    public IReadOnlyList<int> ReminderDays { get; init; } = [];

    // The assignment rules, for the legal team only; clients never see who routes their requests.
    public AssignmentRules? Assignment { get; init; }

    public static RequestTypeView Of(RequestType t) => new(
        t.Id, t.CategoryId, t.Name, t.Description, t.LegalNotice, t.Creates, t.WorkflowKey, t.PracticeArea,
        t.DefaultPriority, t.AssignedTeam, t.Audience, t.AudienceIds, t.IsActive, t.FirstResponseHours, t.Fields, t.Revision)
    {
        ReminderDays = t.ReminderDays,
    };
}

// The portal home: the types a person may use, grouped by category.
public sealed record CatalogView(IReadOnlyList<CatalogGroup> Categories);

public sealed record CatalogGroup(CategoryView Category, IReadOnlyList<RequestTypeView> Types);
