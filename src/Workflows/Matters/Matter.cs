using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Matters;

// A request a client submitted and the legal team works: a matter or a litigation case.
// Its status lives in its workflow instance; the matter never sets a status itself.
public sealed class Matter : IWorkflowSubject, ISearchable
{
    string ISearchable.SearchSource => $"{Reference} {Title}";

    Matter() { }

    public Matter(Guid id, string reference, RequestType type, Guid requesterId, Guid? clientId, Guid? departmentId,
        string title, SubmittedForm form, Guid workflowInstanceId, bool fromPortal, DateTimeOffset now, ResponseClock? clock = null)
    {
        Id = id;
        Reference = reference;
        Creates = type.Creates;
        Kind = type.Creates switch
        {
            RequestKind.LitigationCase => MatterKind.LitigationCase,
            _ => MatterKind.Matter,
        };
        RequestTypeId = type.Id;
        CategoryId = type.CategoryId;
        PracticeArea = type.PracticeArea;
        Priority = type.DefaultPriority;
        AssignedTeam = type.AssignedTeam;
        RequesterId = requesterId;
        ClientId = clientId;
        DepartmentId = departmentId;
        Title = PlainText.Line(title);
        Fields = form.Values;
        WorkflowInstanceId = workflowInstanceId;
        FromPortal = fromPortal;
        SubmittedAt = now;
        UpdatedAt = now;
        Clock = clock ?? ResponseClock.Start(now, type.FirstResponseHours);
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public MatterKind Kind { get; private set; }

    // The request kind it came by (contract kinds create a Contract, never a matter).
    public RequestKind Creates { get; private set; }
    public Guid RequestTypeId { get; private set; }
    public Guid CategoryId { get; private set; }
    public string? PracticeArea { get; private set; }
    public Priority Priority { get; private set; }
    public string? AssignedTeam { get; private set; }
    public Guid RequesterId { get; private set; }
    public Guid? ClientId { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public Guid? AssignedLawyerId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<SubmittedValue> Fields { get; private set; } = [];
    public Guid WorkflowInstanceId { get; private set; }
    public bool FromPortal { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public ResponseClock Clock { get; private set; } = new(null, null, null, TimeSpan.Zero);

    // Mirrors of the workflow's state so that lists can filter and sort in SQL.
    public string Status { get; private set; } = "";
    public bool IsDone { get; private set; }

    public int? Rating { get; private set; }
    public string? RatingRemark { get; private set; }
    public DateTimeOffset? RatedAt { get; private set; }

    public void AssignLawyer(Guid? lawyerId, DateTimeOffset now)
    {
        AssignedLawyerId = lawyerId;
        UpdatedAt = now;
    }

    SubjectKind IWorkflowSubject.SubjectKind => Kind == MatterKind.LitigationCase ? SubjectKind.LitigationCase : SubjectKind.Matter;
    IReadOnlyList<PlannedStep>? IWorkflowSubject.ApprovalPlan => null;
    IReadOnlyList<Guid>? IWorkflowSubject.SignerPlan => null;
    string IWorkflowSubject.TeamLink => $"/team/matters/{Id}";
    string IWorkflowSubject.PortalLink => $"/portal/matters/{Id}";

    // Matters keep no audit trail of their own: the refusal is logged.
    object? IWorkflowSubject.RefusalRecord(Guid actorId, string actorName, string what, DateTimeOffset now) => null;

    // The team has answered when it writes to the client or finishes the matter. Merely
    // starting a review is not an answer, and asking the requester for more stops the clock.
    public void Follow(SubjectStep step)
    {
        if (step.ByLegalTeam && !step.WaitsOnRequester && (step.Done || !string.IsNullOrWhiteSpace(step.Comment)))
            RecordLegalTeamResponse(step.Now);
        Follow(step.State, step.WaitsOnRequester, step.Done, step.Now);
    }

    void Follow(string state, bool waitingOnRequester, bool done, DateTimeOffset now)
    {
        Status = state;
        IsDone = done;
        Clock = waitingOnRequester ? Clock.Pause(now) : Clock.Resume(now);
        UpdatedAt = now;
    }

    public void RecordLegalTeamResponse(DateTimeOffset now)
    {
        Clock = Clock.Responded(now);
        UpdatedAt = now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void Rate(int rating, string? remark, DateTimeOffset now)
    {
        Rating = rating;
        RatingRemark = remark;
        RatedAt = now;
        UpdatedAt = now;
    }
}

public enum MatterKind { Matter, LitigationCase }
