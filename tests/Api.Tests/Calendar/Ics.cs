using System.Text;

namespace WorkflowPortal.Api.Tests.Calendar;

// Reads an .ics feed the way a calendar app does: unfolds its lines, splits its events and
// unescapes their text values.
public static class Ics
{
    public static string Unfold(string text) => text.Replace("\r\n ", "", StringComparison.Ordinal);

    public static List<string> Lines(string text) => [.. Unfold(text).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    // Each VEVENT as its properties (name with parameters -> raw value).
    public static List<Dictionary<string, string>> Events(string text)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in Lines(text))
        {
            if (line == "BEGIN:VEVENT") current = [];
            else if (line == "END:VEVENT" && current is not null) { events.Add(current); current = null; }
            else if (current is not null && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0) current[line[..colon]] = line[(colon + 1)..];
        }
        return events;
    }

    public static string Value(string text, string name) =>
        Lines(text).Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];

    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else text.Append(value[i]);
        }
        return text.ToString();
    }
}
