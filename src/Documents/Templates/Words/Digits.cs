using System.Text;

namespace WorkflowPortal.Documents.Templates.Words;

internal static class Digits
{
    // U+0660..U+0669, the digits Arabic contracts in the Gulf and Egypt are written with.
    public static string Apply(string text, DigitStyle style)
    {
        if (style == DigitStyle.Latin)
        {
            return Latin(text);
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)('\u0660' + (c - '0')),
                ',' => '\u066C',
                '.' => '\u066B',
                _ => c,
            });
        }
        return builder.ToString();
    }

    static string Latin(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u066C' => ',',
                '\u066B' => '.',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
