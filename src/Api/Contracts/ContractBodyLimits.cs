using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Contracts;

// What a body may hold before it reaches a use case: known approval modes and bounded lists.
// Messages in the caller's language (English or Arabic), like the use cases' own.
internal static class ContractBodyLimits
{
    public const int MaxParties = 20, MaxApproversPerStep = 20;

    public static Error? Check(ParticularsBody body, string language) => (body.Parties?.Count ?? 0) > MaxParties
        ? Error.Invalid("parties", StudioText.Pick(language, $"A contract names at most {MaxParties} parties.", $"يذكر العقد {MaxParties} طرفًا على الأكثر."))
        : null;

    public static Error? Check(ApprovalPlanBody body, string language)
    {
        foreach (var (step, index) in (body.Steps ?? []).Select((s, i) => (s, i)))
        {
            if (step is null)
                return Error.Invalid($"steps[{index}]", StudioText.Pick(language, "Each approval step is an object {mode, approvers}.",
                    "كل خطوة موافقة كائن {mode, approvers}."));
            if (step.Mode is { } mode && !mode.Equals("all", StringComparison.OrdinalIgnoreCase) && !mode.Equals("any", StringComparison.OrdinalIgnoreCase))
                return Error.Invalid($"steps[{index}].mode", StudioText.Pick(language, "An approval step's mode is \"all\" or \"any\".",
                    "نمط خطوة الموافقة \"all\" (الجميع) أو \"any\" (أيٌّ منهم)."));
            if ((step.Approvers?.Count ?? 0) > MaxApproversPerStep)
                return Error.Invalid($"steps[{index}].approvers", StudioText.Pick(language, $"An approval step has at most {MaxApproversPerStep} approvers.",
                    $"لخطوة الموافقة {MaxApproversPerStep} موافِقًا على الأكثر."));
        }
        return null;
    }
}
