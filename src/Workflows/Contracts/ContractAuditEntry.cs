namespace WorkflowPortal.Workflows.Contracts;

// What happened to a contract outside the workflow's own history: refused attempts, versions,
// plans, milestones shown to or hidden from the portal. Append-only; a refused decision is recorded even though nothing else changes.
public sealed class ContractAuditEntry
{
    ContractAuditEntry() { }

    public ContractAuditEntry(Guid contractId, Guid actorId, string actorName, string action, string detail, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        Detail = detail;
        At = now;
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Detail { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}

public static class AuditActions
{
    public const string DecisionRefused = "decision-refused";
    public const string VersionAdded = "version-added";
    public const string PlanChanged = "plan-changed";
    public const string MilestoneShown = "milestone-shown";
    public const string MilestoneHidden = "milestone-hidden";

    // Stored English, read back in the reader's language by the portal.
    public const string MilestoneShownPrefix = "Milestone shown in the portal: ";
    public const string MilestoneHiddenPrefix = "Milestone hidden from the portal: ";
}
