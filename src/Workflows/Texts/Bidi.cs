using System.Globalization;
using System.Net;
using System.Text;

namespace WorkflowPortal.Workflows.Texts;

// A value inserted into a sentence (a name, a title, a reference such as SA-2024-117) keeps its own
// direction: without an isolate, "Delta Foods Co." inside an Arabic sentence shows its period on the
// wrong side and a reference splits around its hyphens. Text carries U+2068 FIRST STRONG ISOLATE ...
// U+2069 POP DIRECTIONAL ISOLATE around each value (plain-text emails, subjects, stored notifications);
// HTML turns each balanced pair into <bdi> (Html). Stored names never hold isolates (PlainText.Line
// drops them), so every pair here is ours.
public static class Bidi
{
    public const char Open = '\u2068';
    public const char Close = '\u2069';

    public static string Isolate(string? value) => string.IsNullOrEmpty(value) ? value ?? "" : $"{Open}{value}{Close}";

    // An interpolated sentence with every inserted text isolated: Bidi.Text($"حدّث {actor} «{title}».").
    public static string Text(FormattableString sentence) =>
        string.Format(CultureInfo.CurrentCulture, sentence.Format, [.. sentence.GetArguments().Select(Argument)]);

    // A localized format string ("{0} submitted {1}") with every text argument isolated.
    public static string Format(string format, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, format, [.. arguments.Select(Argument)]);

    // HTML for a text that may carry isolates: encoded, each balanced FSI ... PDI pair a <bdi>; an
    // unmatched mark (free text may hold one) is dropped rather than left to unbalance the markup.
    public static string Html(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        var open = 0;
        var run = new StringBuilder();
        void Flush()
        {
            html.Append(WebUtility.HtmlEncode(run.ToString()));
            run.Clear();
        }
        foreach (var c in text)
        {
            if (c == Open) { Flush(); html.Append("<bdi>"); open++; }
            else if (c == Close) { if (open == 0) continue; Flush(); html.Append("</bdi>"); open--; }
            else run.Append(c);
        }
        Flush();
        for (; open > 0; open--) html.Append("</bdi>");
        return html.ToString();
    }

    // Our own words inserted into a sentence (a status label, a reason): not isolated.
    public static Unisolated Raw(string text) => new(text);

    // Texts only: numbers and dates keep their format specifiers ({0:N0}) and read the same either way.
    static object? Argument(object? value) => value is string s ? Isolate(s) : value;
}

// An argument Bidi.Text leaves as is (Bidi.Raw).
public readonly record struct Unisolated(string Text)
{
    public override string ToString() => Text;
}
