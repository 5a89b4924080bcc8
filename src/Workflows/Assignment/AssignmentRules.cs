using WorkflowPortal.Engine.Conditions;

namespace WorkflowPortal.Workflows.Assignment;

// Who a new request of a type goes to: the first rule whose condition holds on the submitted form
// (and the requesting organisation, `$client`) names a lawyer or a pool taken in turn; `otherwise`
// takes what no rule matched. A rule whose lawyers are all inactive by then is passed over.
public sealed record AssignmentRules
{
    public IReadOnlyList<LawyerPool> Pools { get; init; } = [];

    public IReadOnlyList<AssignmentRule> Rules { get; init; } = [];

    public AssignmentTarget? Otherwise { get; init; }

    public bool IsEmpty => (Rules?.Count ?? 0) == 0 && Otherwise is null && (Pools?.Count ?? 0) == 0;
}

// A named list of lawyers that new requests reach in turn, in this order.
public sealed record LawyerPool(string Name, IReadOnlyList<Guid> Lawyers);

// One lawyer, or a pool by name: exactly one of the two.
public record AssignmentTarget
{
    public Guid? Lawyer { get; init; }

    public string? Pool { get; init; }
}

public sealed record AssignmentRule : AssignmentTarget
{
    public Condition? When { get; init; }
}
