using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Contracts;

// A contract a client asked for, sent for review or generated from a template. Its status lives
// in its workflow instance; Status and IsDone only mirror it so that lists filter in SQL.
public sealed class Contract : IWorkflowSubject, ISearchable
{
    string ISearchable.SearchSource => $"{Reference} {Title}";

    Contract() { }

    public Contract(Guid id, string reference, RequestType type, Guid? contractTypeId, Guid requesterId, Guid? clientId,
        string title, SubmittedForm form, Guid workflowInstanceId, DateTimeOffset now)
    {
        Id = id;
        Reference = reference;
        Path = type.Creates;
        RequestTypeId = type.Id;
        ContractTypeId = contractTypeId;
        RequesterId = requesterId;
        ClientId = clientId;
        Title = PlainText.Line(title);
        Fields = form.Values;
        WorkflowInstanceId = workflowInstanceId;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";

    // How it came in: ContractRequest, ContractReview or ContractFromTemplate.
    public RequestKind Path { get; private set; }
    public Guid RequestTypeId { get; private set; }
    public Guid? ContractTypeId { get; private set; }
    public Guid? TemplateId { get; private set; }

    // The published template version it was generated from; the signed copy re-renders that one.
    public int? TemplateVersion { get; private set; }

    // The language the template was answered in: the signed copy is rendered in the same one.
    public string? TemplateLanguage { get; private set; }
    public Guid RequesterId { get; private set; }
    public Guid? ClientId { get; private set; }
    public Guid? AssignedLawyerId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<ContractParty> Parties { get; private set; } = [];
    public decimal? Value { get; private set; }
    public string? Currency { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public DateOnly? RenewalDate { get; private set; }
    public IReadOnlyList<SubmittedValue> Fields { get; private set; } = [];
    public Guid WorkflowInstanceId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string Status { get; private set; } = "";
    public bool IsDone { get; private set; }

    // The legal team's choice of approvers and signers for this contract; null = the definition's defaults.
    public IReadOnlyList<PlannedStep>? ApprovalPlan { get; private set; }
    public IReadOnlyList<Guid>? SignerPlan { get; private set; }

    public void GeneratedFrom(Guid templateId, int version, string language)
    {
        TemplateId = templateId;
        TemplateVersion = version;
        TemplateLanguage = language;
    }

    public void Describe(ContractParticulars particulars, DateTimeOffset now)
    {
        Title = particulars.Title;
        ContractTypeId = particulars.ContractTypeId;
        Parties = particulars.Parties;
        Value = particulars.Value;
        Currency = particulars.Currency;
        StartDate = particulars.StartDate;
        EndDate = particulars.EndDate;
        RenewalDate = particulars.RenewalDate;
        UpdatedAt = now;
    }

    public void AssignLawyer(Guid? lawyerId, DateTimeOffset now)
    {
        AssignedLawyerId = lawyerId;
        UpdatedAt = now;
    }

    public void PlanApprovals(IReadOnlyList<PlannedStep> steps, DateTimeOffset now)
    {
        ApprovalPlan = steps;
        UpdatedAt = now;
    }

    public void PlanSigners(IReadOnlyList<Guid> signers, DateTimeOffset now)
    {
        SignerPlan = signers;
        UpdatedAt = now;
    }

    SubjectKind IWorkflowSubject.SubjectKind => SubjectKind.Contract;
    string IWorkflowSubject.TeamLink => ContractAccess.Link(this);
    string IWorkflowSubject.PortalLink => ContractAccess.Link(this);

    object? IWorkflowSubject.RefusalRecord(Guid actorId, string actorName, string what, DateTimeOffset now) =>
        new ContractAuditEntry(Id, actorId, actorName, AuditActions.DecisionRefused, $"A client tried to {what}; refused.", now);

    // Called after every workflow step, in the same transaction as the step.
    public void Follow(SubjectStep step)
    {
        Status = step.State;
        IsDone = step.Done;
        UpdatedAt = step.Now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;
}

public sealed record ContractParty(string Name, string Role, string? Representative)
{
    public string Name { get; init => field = PlainText.Line(value); } = PlainText.Line(Name);
    public string Role { get; init => field = PlainText.Line(value); } = PlainText.Line(Role);
    public string? Representative { get; init => field = PlainText.Line(value); } = PlainText.Line(Representative);
}

// One ordered approval step: who approves, and whether all of them must ("all") or one ("any").
public sealed record PlannedStep(bool AnyOne, IReadOnlyList<Guid> Approvers);

public sealed record ContractParticulars(string Title, Guid? ContractTypeId, IReadOnlyList<ContractParty> Parties, decimal? Value,
    string? Currency, DateOnly? StartDate, DateOnly? EndDate, DateOnly? RenewalDate)
{
    public string Title { get; init => field = PlainText.Line(value); } = PlainText.Line(Title);
}
