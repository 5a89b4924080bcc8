using System.Globalization;

namespace WorkflowPortal.Workflows.Paging;

// A workflow history is ordered by its sequence numbers: a page's cursor is the sequence the
// earlier entries come before ("h12" = entries 1..11).
public static class SequenceCursor
{
    public static string Encode(int before) => "h" + before.ToString(CultureInfo.InvariantCulture);

    // False for a cursor we did not issue; true with null for "from the newest".
    public static bool TryDecode(string? text, out int? before)
    {
        before = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (text.Length is < 2 or > 11 || text[0] != 'h') return false;
        if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1) return false;
        before = value;
        return true;
    }
}
