using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Contracts.Milestones;

public enum MilestoneStatus { Open, InProgress, Completed, OnHold, Cancelled }

public enum FinancialStatus { NotPaid, PartiallyPaid, Paid }

// A step of a contract's performance: a delivery, a payment. The legal team decides whether the
// client sees it; a milestone a client adds is visible to them and marked as theirs.
public sealed class Milestone
{
    Milestone() { }

    public Milestone(Guid contractId, MilestoneDetails details, bool visibleToClient, bool addedByClient, Guid addedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        VisibleToClient = visibleToClient || addedByClient;
        AddedByClient = addedByClient;
        AddedBy = addedBy;
        CreatedAt = now;
        Status = MilestoneStatus.Open;
        Financial = FinancialStatus.NotPaid;
        Change(details, now);
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public decimal? Amount { get; private set; }
    public decimal? Percentage { get; private set; }
    public MilestoneStatus Status { get; private set; }
    public FinancialStatus Financial { get; private set; }
    public bool VisibleToClient { get; private set; }
    public bool AddedByClient { get; private set; }
    public Guid AddedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    // The day of the last overdue reminder: reminders go out at most once a day.
    public DateOnly? RemindedOn { get; private set; }

    public bool IsOpen => Status is not (MilestoneStatus.Completed or MilestoneStatus.Cancelled);

    public void Change(MilestoneDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Description = details.Description;
        DueDate = details.DueDate;
        Amount = details.Amount;
        Percentage = details.Percentage;
        UpdatedAt = now;
    }

    public void Progress(MilestoneStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
    }

    public void RecordPayment(FinancialStatus financial, DateTimeOffset now)
    {
        Financial = financial;
        UpdatedAt = now;
    }

    public void ShowToClient(bool visible, DateTimeOffset now)
    {
        VisibleToClient = visible;
        UpdatedAt = now;
    }

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueDate is { } due && due < today;

    public void Reminded(DateOnly today) => RemindedOn = today;
}

public sealed record MilestoneDetails(string Title, string? Description, DateOnly? DueDate, decimal? Amount, decimal? Percentage)
{
    public string Title { get; init => field = PlainText.Line(value); } = PlainText.Line(Title);
}
