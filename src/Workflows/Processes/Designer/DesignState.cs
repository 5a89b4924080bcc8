using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// A state as the designer edits it: mutable, so the side panel can bind to it directly.
public sealed class DesignState
{
    public string Name { get; set; } = "";
    public string? LabelEn { get; set; }
    public string? LabelAr { get; set; }
    public LocalizedText? ClientLabel { get; set; }
    public StateCategory Category { get; set; } = StateCategory.InProgress;
    public StateKind Kind { get; set; } = StateKind.Normal;
    public string? WaitingOn { get; set; }
    public bool Final { get; set; }
    public List<ApprovalStepTemplate>? Approval { get; set; }
    public List<string>? Signers { get; set; }

    // The deadlines panel replaces an entry on each edit (the records are immutable).
    public List<DeadlineDefinition> Deadlines { get; set; } = [];
    public double X { get; set; }
    public double Y { get; set; }

    public static DesignState Of(StateDefinition state, StatePosition position) => new()
    {
        Name = state.Name,
        LabelEn = state.Label?.En,
        LabelAr = state.Label?.Ar,
        ClientLabel = state.ClientLabel,
        Category = state.Category,
        Kind = state.Kind,
        WaitingOn = state.WaitingOn,
        Final = state.Final,
        Approval = state.Approval?.ToList(),
        Signers = state.Signers?.ToList(),
        Deadlines = [.. state.Deadlines],
        X = position.X,
        Y = position.Y,
    };

    public StateDefinition ToDefinition() => new(Name, Category, DesignText.Of(LabelEn, LabelAr))
    {
        Kind = Kind,
        ClientLabel = ClientLabel,
        WaitingOn = string.IsNullOrWhiteSpace(WaitingOn) ? null : WaitingOn.Trim(),
        Final = Final,
        Approval = Approval,
        Signers = Signers,
        Deadlines = [.. Deadlines],
        Position = new StatePosition(Math.Round(X, 1), Math.Round(Y, 1)),
    };
}
