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
}
