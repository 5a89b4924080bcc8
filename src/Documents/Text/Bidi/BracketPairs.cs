namespace WorkflowPortal.Documents.Text.Bidi;

// Rule N0: paired brackets take the direction of what they enclose, or of their context.
internal static class BracketPairs
{
    const int MaxOpenBrackets = 63;

    public static void Resolve(BidiParagraph paragraph, int[] indexes, BidiClass[] types, byte level, BidiClass sos)
    {
        if (paragraph.CodePoints is not { } codePoints)
        {
            return;
        }
        var embedding = (level & 1) == 1 ? BidiClass.R : BidiClass.L;
        foreach (var (open, close) in FindPairs(codePoints, indexes, types))
        {
            var found = BidiClass.ON;
            for (var i = open + 1; i < close; i++)
            {
                var strong = Strong(types[i]);
                if (strong == embedding)
                {
                    found = embedding;
                    break;
                }
                if (strong != BidiClass.ON)
                {
                    found = strong;
                }
            }
            if (found == BidiClass.ON)
            {
                continue;
            }
            if (found != embedding)
            {
                var context = sos;
                for (var i = open - 1; i >= 0; i--)
                {
                    var strong = Strong(types[i]);
                    if (strong != BidiClass.ON)
                    {
                        context = strong;
                        break;
                    }
                }
                found = context == found ? found : embedding;
            }
            SetBracket(paragraph, indexes, types, open, found);
            SetBracket(paragraph, indexes, types, close, found);
        }
    }

    static BidiClass Strong(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    // The bracket and the non-spacing marks that originally followed it change together.
    static void SetBracket(BidiParagraph paragraph, int[] indexes, BidiClass[] types, int position, BidiClass type)
    {
        types[position] = type;
        for (var i = position + 1; i < indexes.Length && paragraph.InitialTypes[indexes[i]] == BidiClass.NSM; i++)
        {
            types[i] = type;
        }
    }

    // BD16, over positions of the sequence; pairs come back sorted by opening position.
    static List<(int Open, int Close)> FindPairs(int[] codePoints, int[] indexes, BidiClass[] types)
    {
        var pairs = new List<(int, int)>();
        var stack = new List<(int Bracket, int Position)>();
        for (var i = 0; i < indexes.Length; i++)
        {
            if (types[i] != BidiClass.ON)
            {
                continue;
            }
            var bracket = UnicodeBidiData.OpeningBracketOf(codePoints[indexes[i]], out var isOpening);
            if (bracket < 0)
            {
                continue;
            }
            if (isOpening)
            {
                if (stack.Count == MaxOpenBrackets)
                {
                    break;
                }
                stack.Add((bracket, i));
                continue;
            }
            for (var s = stack.Count - 1; s >= 0; s--)
            {
                if (stack[s].Bracket == bracket)
                {
                    pairs.Add((stack[s].Position, i));
                    stack.RemoveRange(s, stack.Count - s);
                    break;
                }
            }
        }
        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return pairs;
    }
}
