using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// Text boxes give empty strings; the definition wants null for "not written" so the validator names it.
public static class DesignText
{
    public static LocalizedText? Of(string? en, string? ar)
    {
        var (e, a) = (Clean(en), Clean(ar));
        return e is null && a is null ? null : new LocalizedText(e, a);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // "LegalTeam, Admin" <-> ["LegalTeam", "Admin"]: how lists are typed in the side panel.
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split([',', '\n', '؛', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    public static string Join(IEnumerable<string>? items) => string.Join(", ", items ?? []);

    // Approval steps typed one per line as "all: LegalTeam, Admin" or "any: AssignedLawyer"; a
    // step's label and condition survive editing as long as the step keeps its place.
    public static string FormatSteps(IReadOnlyList<ApprovalStepTemplate>? steps) =>
        string.Join("\n", (steps ?? []).Select(s => $"{(s.Mode == ApprovalMode.Any ? "any" : "all")}: {Join(s.Approvers)}"));

    public static List<ApprovalStepTemplate>? ParseSteps(string? text, IReadOnlyList<ApprovalStepTemplate>? before)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return null;
        return [.. lines.Select((line, i) =>
        {
            var any = line.StartsWith("any:", StringComparison.OrdinalIgnoreCase);
            var rest = any || line.StartsWith("all:", StringComparison.OrdinalIgnoreCase) ? line[4..] : line;
            return new ApprovalStepTemplate(Split(rest))
            {
                Mode = any ? ApprovalMode.Any : ApprovalMode.All,
                Label = before is not null && i < before.Count ? before[i].Label : null,
                When = before is not null && i < before.Count ? before[i].When : null,
            };
        })];
    }
}
