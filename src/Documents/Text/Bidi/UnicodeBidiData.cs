using System.Globalization;
using System.Reflection;

namespace WorkflowPortal.Documents.Text.Bidi;

// Bidi_Class and Bidi_Paired_Bracket tables generated from the Unicode Character Database
// (Data/generate.py). .NET exposes neither, so they ship as embedded resources.
internal static class UnicodeBidiData
{
    static readonly int[] RangeStarts;
    static readonly int[] RangeEnds;
    static readonly BidiClass[] RangeClasses;
    static readonly Dictionary<int, (int Pair, bool Opening)> Brackets = [];

    static UnicodeBidiData()
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var classes = new List<BidiClass>();
        foreach (var fields in ReadResource("BidiClasses.txt"))
        {
            starts.Add(Hex(fields[0]));
            ends.Add(Hex(fields[1]));
            classes.Add(Enum.Parse<BidiClass>(fields[2]));
        }
        (RangeStarts, RangeEnds, RangeClasses) = ([.. starts], [.. ends], [.. classes]);
        foreach (var fields in ReadResource("BidiBrackets.txt"))
        {
            Brackets[Hex(fields[0])] = (Hex(fields[1]), fields[2] == "o");
        }
    }

    public static BidiClass GetClass(int codePoint)
    {
        var index = Array.BinarySearch(RangeStarts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return index >= 0 && codePoint <= RangeEnds[index] ? RangeClasses[index] : BidiClass.L;
    }

    // Returns the bracket's canonical code point (U+2329/U+232A decompose to U+3008/U+3009, and
    // BD16 matches canonical equivalents), or -1 when the code point is not a paired bracket.
    public static int OpeningBracketOf(int codePoint, out bool isOpening)
    {
        isOpening = false;
        if (!Brackets.TryGetValue(codePoint, out var entry))
        {
            return -1;
        }
        isOpening = entry.Opening;
        var opening = entry.Opening ? codePoint : entry.Pair;
        return opening == 0x2329 ? 0x3008 : opening;
    }

    static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    static IEnumerable<string[]> ReadResource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("WorkflowPortal.Documents.Bidi." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split(' ');
            }
        }
    }
}
