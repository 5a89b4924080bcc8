using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Api.Contracts;

// The audit trail is stored as English sentences (it is evidence and must not change once
// written); this reads each kind of line back in the reader's language. A line of a kind it does
// not know is shown as stored.
internal static partial class ContractAuditText
{
    public static string Read(AuditView line, IStringLocalizer<ContractText> text)
    {
        if (line.Action == AuditActions.VersionAdded && VersionLine().Match(line.Detail) is { Success: true } v)
            return text["AuditVersionAdded", v.Groups[1].Value, text[$"Origin{v.Groups[2].Value}"], v.Groups[3].Value];
        if (line.Action == AuditActions.PlanChanged && line.Detail.StartsWith(ApprovalSteps, StringComparison.Ordinal))
            return text["AuditApprovalSteps", People(line.Detail[ApprovalSteps.Length..], text)];
        if (line.Action == AuditActions.PlanChanged && line.Detail.StartsWith(Signers, StringComparison.Ordinal))
            return text["AuditSigners", line.Detail[Signers.Length..].Replace(", ", text["AuditListSeparator"], StringComparison.Ordinal)];
        if (line.Action == AuditActions.DecisionRefused && RefusedLine().Match(line.Detail) is { Success: true } r)
            return Bidi.Format(text["AuditClientRefused"], Step(r.Groups[1].Value, text));
        if (line.Action == AuditActions.MilestoneShown && line.Detail.StartsWith(AuditActions.MilestoneShownPrefix, StringComparison.Ordinal))
            return Bidi.Format(text["AuditMilestoneShown"], line.Detail[AuditActions.MilestoneShownPrefix.Length..]);
        if (line.Action == AuditActions.MilestoneHidden && line.Detail.StartsWith(AuditActions.MilestoneHiddenPrefix, StringComparison.Ordinal))
            return Bidi.Format(text["AuditMilestoneHidden"], line.Detail[AuditActions.MilestoneHiddenPrefix.Length..]);
        return line.Detail;
    }

    const string ApprovalSteps = "Approval steps: ";
    const string Signers = "Signers in order: ";

    static string People(string steps, IStringLocalizer<ContractText> text) => steps
        .Replace(" then ", text["AuditThen"], StringComparison.Ordinal)
        .Replace(" and ", text["AuditAnd"], StringComparison.Ordinal)
        .Replace(" or ", text["AuditOr"], StringComparison.Ordinal);

    // "approve", "sign", "DeclineToSign": the button's own label when there is one.
    static string Step(string what, IStringLocalizer<ContractText> text)
    {
        var label = text[char.ToUpperInvariant(what[0]) + what[1..]];
        return label.ResourceNotFound ? what : label.Value;
    }

    [GeneratedRegex(@"^Version (\d+) \((\w+)\), SHA-256 ([0-9a-f]+)$")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^A client tried to (\w+); refused\.$")]
    private static partial Regex RefusedLine();
}
