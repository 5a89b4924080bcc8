using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Contracts;

// What a body may hold before it reaches a use case: known approval modes and bounded lists.
internal static class ContractBodyLimits
{
    public const int MaxParties = 20, MaxApproversPerStep = 20;

    public static Error? Check(ParticularsBody body) => (body.Parties?.Count ?? 0) > MaxParties
        ? Error.Invalid("parties", $"A contract names at most {MaxParties} parties.")
        : null;

    public static Error? Check(ApprovalPlanBody body)
    {
        foreach (var (step, index) in (body.Steps ?? []).Select((s, i) => (s, i)))
        {
            if (step is null) return Error.Invalid($"steps[{index}]", "Each approval step is an object {mode, approvers}.");
            if (step.Mode is { } mode && !mode.Equals("all", StringComparison.OrdinalIgnoreCase) && !mode.Equals("any", StringComparison.OrdinalIgnoreCase))
                return Error.Invalid($"steps[{index}].mode", "An approval step's mode is \"all\" or \"any\".");
            if ((step.Approvers?.Count ?? 0) > MaxApproversPerStep)
                return Error.Invalid($"steps[{index}].approvers", $"An approval step has at most {MaxApproversPerStep} approvers.");
        }
        return null;
    }
}
