using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace WorkflowPortal.Workflows.Texts;

// The one rule for a name or a title (a client, a person, a party, a request type, a milestone, a
// hearing's court...): one line of visible text. Tabs and line breaks (CR, LF) become one space;
// other control characters (NUL, ESC, DEL, C1) and bidi overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) are dropped, as in file names; the ends are trimmed. Line(Block(x)) == Line(x), so
// the API's JSON net (Block) changes nothing here. The domain's records and entities apply it, so a page and
// an API call store the same text; PostgreSQL would refuse a NUL with a server error.
public static class PlainText
{
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Line(string? value)
    {
        if (value is null) return null;
        if (!value.Any(c => char.IsControl(c) || IsBidiControl(c))) return value.Trim();
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsBidiControl(c) || IsStray(c)) continue;
            if (!char.IsControl(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
        return text.ToString().Trim();
    }

    // Free text (a comment, a description, a note): tabs and line breaks stay, other control characters go.
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Block(string? value) =>
        value is null || !value.Any(IsStray) ? value : new string(value.Where(c => !IsStray(c)).ToArray());

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    static bool IsStray(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');
}
