using System.Text;
using System.Text.Encodings.Web;

namespace WorkflowPortal.Documents.Templates;

// Every {{ field }} passes through here. The value is wrapped in FSI…PDI so that a date, an
// amount or a Latin name keeps its own direction inside Arabic text, and Markdown punctuation is
// escaped so that an answer can never become a heading, a list or a table cell.
internal sealed class FieldEncoder : TextEncoder
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';
    const string MarkdownPunctuation = "\\`*_{}[]<>()#+-.!|~";

    public static readonly FieldEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 2;

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        if (characterCount == 0)
        {
            return;
        }
        output.Write(Encode(value.Substring(startIndex, characterCount)));
    }

    public override string Encode(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 8).Append(FirstStrongIsolate);
        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }
            if (MarkdownPunctuation.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.Append(PopDirectionalIsolate).ToString();
    }

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) => textLength > 0 ? 0 : -1;

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var text = char.ConvertFromUtf32(unicodeScalar);
        if (text.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }
        numberOfCharactersWritten = text.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => false;
}
