using WorkflowPortal.Workflows.Assignment;

namespace WorkflowPortal.Workflows.Intake;

// A form the legal team offers on the portal, and what a submission of it becomes.
public sealed class RequestType
{
    RequestType() { }

    public RequestType(Guid id, RequestTypeSpec spec, DateTimeOffset now)
    {
        Id = id;
        CreatedAt = now;
        Apply(spec, now);
    }

    public Guid Id { get; private set; }
    public Guid CategoryId { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public BilingualText Description { get; private set; } = new("", "");
    public BilingualText? LegalNotice { get; private set; }
    public RequestKind Creates { get; private set; }
    public string WorkflowKey { get; private set; } = "";
    public string? PracticeArea { get; private set; }
    public Priority DefaultPriority { get; private set; }
    public string? AssignedTeam { get; private set; }
    public Audience Audience { get; private set; }
    public IReadOnlyList<Guid> AudienceIds { get; private set; } = [];
    public bool IsActive { get; private set; }
    public int? FirstResponseHours { get; private set; }

    // How many days before a hearing or a key date its people are reminded.
    public IReadOnlyList<int> ReminderDays { get; private set; } = RequestTypeSpec.DefaultReminderDays;
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    // Who a new request goes to; null: the legal team assigns by hand.
    public AssignmentRules? Assignment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    // Bumped on every change; two admins saving at once cannot silently overwrite each other.
    public int Revision { get; private set; }

    public void Apply(RequestTypeSpec spec, DateTimeOffset now)
    {
        CategoryId = spec.CategoryId;
        Name = spec.Name.AsLine();
        Description = spec.Description;
        LegalNotice = spec.LegalNotice;
        Creates = spec.Creates;
        WorkflowKey = spec.WorkflowKey;
        PracticeArea = spec.PracticeArea;
        DefaultPriority = spec.DefaultPriority;
        AssignedTeam = spec.AssignedTeam;
        Audience = spec.Audience;
        AudienceIds = spec.Audience == Audience.AllClients ? [] : spec.AudienceIds.Distinct().ToList();
        IsActive = spec.IsActive;
        FirstResponseHours = spec.FirstResponseHours;
        ReminderDays = [.. spec.ReminderDays.Distinct().OrderDescending()];
        Fields = spec.Fields.OrderBy(f => f.Order).ToList();
        Assignment = spec.Assignment is { IsEmpty: false } rules ? rules : null;
        UpdatedAt = now;
        Revision++;
    }

    public bool IsVisibleTo(Guid? clientId, Guid? departmentId) => IsActive && Audience switch
    {
        Audience.AllClients => true,
        Audience.Organizations => clientId is { } c && AudienceIds.Contains(c),
        Audience.Departments => departmentId is { } d && AudienceIds.Contains(d),
        _ => false,
    };
}

// Everything an admin sets on a request type, as one value so that create and update validate alike.
public sealed record RequestTypeSpec(
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
    IReadOnlyList<FieldDefinition> Fields)
{
    public static readonly IReadOnlyList<int> DefaultReminderDays = [7, 1];

    public IReadOnlyList<int> ReminderDays { get; init; } = DefaultReminderDays;

    public AssignmentRules? Assignment { get; init; }
}
