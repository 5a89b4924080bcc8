using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Processes.Subjects;

// A matter, a litigation case or a contract as its workflow sees it: its parties, the mirror of
// its status, and where people open it. WorkflowSteps moves any of them the same way.
public interface IWorkflowSubject
{
    Guid Id { get; }
    SubjectKind SubjectKind { get; }
    string Reference { get; }
    string Title { get; }
    Guid RequesterId { get; }
    Guid? ClientId { get; }
    Guid? AssignedLawyerId { get; }
    Guid WorkflowInstanceId { get; }
    IReadOnlyList<SubmittedValue> Fields { get; }

    // The legal team's own choice of approvers and signers; null = the definition's defaults.
    IReadOnlyList<PlannedStep>? ApprovalPlan { get; }
    IReadOnlyList<Guid>? SignerPlan { get; }

    // The page for the legal team, and the one for the client's side.
    string TeamLink { get; }
    string PortalLink { get; }

    // Called after every step, in the same transaction as the step.
    void Follow(SubjectStep step);

    void AssignLawyer(Guid? lawyerId, DateTimeOffset now);

    // What a refused client decision leaves in the subject's own audit trail, if it keeps one.
    object? RefusalRecord(Guid actorId, string actorName, string what, DateTimeOffset now);
}
