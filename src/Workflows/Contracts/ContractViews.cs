using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Contracts.Milestones;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

public sealed record ContractFilter(string? Search = null, string? Status = null, RequestKind? Path = null, Guid? ClientId = null,
    Guid? AssignedLawyerId = null, bool? Open = null);

public sealed record ContractSummary(Guid Id, string Reference, RequestKind Path, string Title, string Status, bool IsDone,
    Guid RequesterId, Guid? ClientId, Guid? AssignedLawyerId, decimal? Value, string? Currency, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt,
    Guid RequestTypeId, string? ClientName, string? AssignedLawyerName);

public sealed record ContractStatus(string State, LocalizedText Label, StateCategory Category, StateKind Kind, bool IsDone);

public sealed record ContractDetail(
    Guid Id, string Reference, RequestKind Path, string Title, Guid RequestTypeId, BilingualText RequestTypeName,
    Guid? ContractTypeId, Guid? TemplateId, int? TemplateVersion,
    Guid RequesterId, string RequesterName, Guid? ClientId, Guid? AssignedLawyerId, string? AssignedLawyerName,
    IReadOnlyList<ContractParty> Parties, decimal? Value, string? Currency, DateOnly? StartDate, DateOnly? EndDate, DateOnly? RenewalDate,
    DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, ContractStatus Status,
    IReadOnlyList<SubmittedValue> Fields, Guid WorkflowInstanceId, IReadOnlyList<HistoryView> History, IReadOnlyList<AvailableAction> Actions,
    IReadOnlyList<AuditView> Audit, ContractPlanView? Plan)
{
    // History holds the newest entries, oldest first; with earlier ones, the cursor of
    // GET /contracts/{id}/history that reads them (ContractWork.HistoryAsync).
    public string? HistoryCursor { get; init; }
}

public sealed record AuditView(Guid ActorId, string ActorName, string Action, string Detail, DateTimeOffset At);

public sealed record ContractPlanView(IReadOnlyList<PlannedStep>? ApprovalSteps, IReadOnlyList<Guid>? Signers);

public sealed record VersionView(Guid Id, int Number, VersionOrigin Origin, string? Note, Guid AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, long Size, string Sha256, IReadOnlyList<FileView> Files)
{
    public static VersionView Of(ContractVersion v) => new(v.Id, v.Number, v.Origin, v.Note, v.AuthorId, v.AuthorName, v.CreatedAt, v.Size, v.Sha256,
        [.. v.Files.OrderBy(f => f.Role).ThenBy(f => f.Kind).Select(f => new FileView(f.Id, f.FileName, f.Kind, f.Role, f.Size, f.Sha256))]);
}

public sealed record FileView(Guid Id, string FileName, FileKind Kind, FileRole Role, long Size, string Sha256);

public sealed record ApprovalView(Guid Id, int Step, ApprovalMode Mode, string AssigneeId, string AssigneeName, WorkflowTaskStatus Status,
    DateTimeOffset? ActivatedAt, DateTimeOffset? DecidedAt, string? Comment, bool CanDecide);

public sealed record SignatureView(Guid Id, int Order, string SignerId, string SignerName, WorkflowTaskStatus Status,
    DateTimeOffset? ActivatedAt, DateTimeOffset? DecidedAt, string? Comment, bool CanSign, SignatureEvidence? Evidence,
    SigningDocument? Document = null);

// What the signer is about to sign, on their own pending task: the latest version, its main file and
// the consent sentence that signing records (SignatureConsent).
public sealed record SigningDocument(Guid VersionId, int VersionNumber, string Sha256, Guid FileId, string FileName, bool IsPdf, string Consent);

public sealed record SignatureEvidence(int VersionNumber, string VersionSha256, string Method, string? IpAddress, DateTimeOffset SignedAt, string? Consent = null);

public sealed record PendingTask(Guid TaskId, StateKind Kind, Guid ContractId, string Reference, string ContractTitle, int Step, DateTimeOffset? Since);

public sealed record MilestoneView(Guid Id, Guid ContractId, string Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage,
    MilestoneStatus Status, FinancialStatus Financial, bool VisibleToClient, bool AddedByClient, bool IsOverdue, DateTimeOffset CreatedAt)
{
    public static MilestoneView Of(Milestone m, DateOnly today) => new(m.Id, m.ContractId, m.Title, m.Description, m.DueDate, m.Amount, m.Percentage,
        m.Status, m.Financial, m.VisibleToClient, m.AddedByClient, m.IsOverdueOn(today), m.CreatedAt);
}

public sealed record TemplateView(Guid Id, Guid RequestTypeId, BilingualText Name, IReadOnlyList<Intake.FieldDefinition> Questionnaire, int Version);

public sealed record ContractTypeView(Guid Id, BilingualText Name, bool MilestonesVisibleByDefault);
