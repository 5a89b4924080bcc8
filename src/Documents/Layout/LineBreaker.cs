namespace WorkflowPortal.Documents.Layout;

// Greedy line breaking at break opportunities: after spaces, after hyphens and slashes between
// letters, and at forced line breaks. A word wider than the line is cut between characters.
internal static class LineBreaker
{
    public static bool IsTrailingSpace(char c) => c is ' ' or '\t' or '\n' or '\u00A0' or '\u3000' or '\u2028';

    public static IEnumerable<(int Start, int End, bool Last)> Break(string text, float[] advances, float width)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = NextLineEnd(text, advances, width, start, out var forced);
            yield return (start, end, end >= text.Length || forced);
            start = end;
        }
    }

    static int NextLineEnd(string text, float[] advances, float width, int start, out bool forced)
    {
        forced = false;
        var fit = -1;
        for (var i = start + 1; i <= text.Length; i++)
        {
            var isBreak = i == text.Length || text[i - 1] == '\n' || IsOpportunity(text, i);
            if (!isBreak)
            {
                continue;
            }
            if (Width(text, advances, start, i) > width && fit > 0)
            {
                return fit;
            }
            if (Width(text, advances, start, i) > width)
            {
                return CutWord(text, advances, width, start, i);
            }
            fit = i;
            if (i < text.Length && text[i - 1] == '\n')
            {
                forced = true;
                return i;
            }
        }
        return text.Length;
    }

    static bool IsOpportunity(string text, int i) =>
        (IsTrailingSpace(text[i - 1]) && text[i - 1] != '\u00A0' && !IsTrailingSpace(text[i]))
        // After a hyphen or slash between letters ("Al-Rashid"), never between digits: a date
        // such as 2026-03-15 or a number such as 12/2025 stays on one line (UAX #14, LB25).
        || (text[i - 1] is '-' or '/' or '\u2014' && char.IsLetter(text[i]) && i >= 2 && char.IsLetter(text[i - 2]));

    // Width of [start, end) without its trailing spaces.
    static float Width(string text, float[] advances, int start, int end)
    {
        while (end > start && IsTrailingSpace(text[end - 1]))
        {
            end--;
        }
        return advances[end] - advances[start];
    }

    static int CutWord(string text, float[] advances, float width, int start, int end)
    {
        var cut = start + 1;
        while (cut < end && advances[cut + 1] - advances[start] <= width)
        {
            cut++;
        }
        while (cut < end && (char.IsLowSurrogate(text[cut]) || char.GetUnicodeCategory(text[cut]) is System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            cut++; // Never separate a mark or a surrogate from its base.
        }
        return cut;
    }
}
