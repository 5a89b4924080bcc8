using System.Globalization;
using System.Text;

namespace WorkflowPortal.Api.Calendar;

public sealed record IcsEvent(string Uid, DateTimeOffset? At, DateOnly Day, string Summary, string Url);

// RFC 5545 text: CRLF line endings, TEXT values escaped (\ ; , and line breaks), content lines
// folded at 75 octets without cutting a UTF-8 sequence (an Arabic letter is two octets) or a
// surrogate pair. A hearing is a moment in UTC; a key date or a milestone an all-day event.
public static class IcsCalendar
{
    const int MaxOctets = 75;

    public static string Write(string name, IEnumerable<IcsEvent> events, DateTimeOffset now)
    {
        var text = new StringBuilder();
        void Line(string line) => Fold(text, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//WorkflowPortal//Calendar//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        var stamp = Utc(now);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + e.Uid);
            Line("DTSTAMP:" + stamp);
            if (e.At is { } at) Line("DTSTART:" + Utc(at));
            else
            {
                Line("DTSTART;VALUE=DATE:" + Date(e.Day));
                Line("DTEND;VALUE=DATE:" + Date(e.Day.AddDays(1)));
            }
            Line("SUMMARY:" + Escape(e.Summary));
            Line("URL:" + e.Url);
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return text.ToString();
    }

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    // A continuation line starts with one space, which counts towards its 75 octets.
    static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }
            text.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }
        text.Append("\r\n");
    }

    static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
