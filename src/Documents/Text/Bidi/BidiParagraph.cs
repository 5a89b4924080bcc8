namespace WorkflowPortal.Documents.Text.Bidi;

// The Unicode Bidirectional Algorithm (UAX #9) for one paragraph: rules P2–P3, X1–X10, then
// W1–I2 per isolating run sequence. Characters removed by X9 keep the level of the character
// before them so that callers can still draw them (they are invisible).
internal sealed class BidiParagraph
{
    const int MaxDepth = 125;

    readonly BidiClass[] initial;
    readonly int[] matchingPdi;
    readonly int[] matchingInitiator;

    BidiParagraph(BidiClass[] classes, int[]? codePoints, BidiDirection direction)
    {
        initial = classes;
        CodePoints = codePoints;
        Types = (BidiClass[])classes.Clone();
        Levels = new byte[classes.Length];
        (matchingPdi, matchingInitiator) = MatchIsolates(classes);
        ParagraphLevel = direction switch
        {
            BidiDirection.LeftToRight => 0,
            BidiDirection.RightToLeft => 1,
            _ => FirstStrongLevel(0, classes.Length) ?? 0,
        };
        ResolveExplicitLevels();
        // Build every sequence before resolving any: sos and eos read the explicit levels,
        // which the implicit rules of an earlier sequence would already have raised.
        foreach (var sequence in IsolatingRunSequence.Build(this).ToList())
        {
            sequence.Resolve();
        }
        AssignRemovedLevels();
    }

    public byte ParagraphLevel { get; }

    // The resolved embedding level of each input position (before line rules L1–L2).
    public byte[] Levels { get; }

    internal BidiClass[] Types { get; }

    internal int[]? CodePoints { get; }

    internal IReadOnlyList<BidiClass> InitialTypes => initial;

    internal int MatchingPdi(int index) => matchingPdi[index];

    internal int MatchingInitiator(int index) => matchingInitiator[index];

    public static BidiParagraph Resolve(ReadOnlySpan<int> codePoints, BidiDirection direction)
    {
        var classes = new BidiClass[codePoints.Length];
        for (var i = 0; i < codePoints.Length; i++)
        {
            classes[i] = UnicodeBidiData.GetClass(codePoints[i]);
        }
        return new BidiParagraph(classes, codePoints.ToArray(), direction);
    }

    // For BidiTest.txt, whose cases are sequences of classes without code points (so no brackets).
    public static BidiParagraph Resolve(BidiClass[] classes, BidiDirection direction) =>
        new((BidiClass[])classes.Clone(), null, direction);

    // X9: these characters take no part in resolution.
    internal static bool IsRemovedByX9(BidiClass type) =>
        type is BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF or BidiClass.BN;

    internal bool IsRemoved(int index) => IsRemovedByX9(initial[index]);

    static bool IsIsolateInitiator(BidiClass type) => type is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    // BD9: pairs each isolate initiator with its PDI; -1 when unmatched.
    static (int[] Pdi, int[] Initiator) MatchIsolates(BidiClass[] classes)
    {
        var pdi = new int[classes.Length];
        var initiator = new int[classes.Length];
        Array.Fill(pdi, -1);
        Array.Fill(initiator, -1);
        var open = new Stack<int>();
        for (var i = 0; i < classes.Length; i++)
        {
            if (IsIsolateInitiator(classes[i]))
            {
                open.Push(i);
            }
            else if (classes[i] == BidiClass.PDI && open.Count > 0)
            {
                var start = open.Pop();
                pdi[start] = i;
                initiator[i] = start;
            }
        }
        return (pdi, initiator);
    }

    // P2–P3 over [start, end), skipping isolated content; null when there is no strong character.
    byte? FirstStrongLevel(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (initial[i])
            {
                case BidiClass.L:
                    return 0;
                case BidiClass.R or BidiClass.AL:
                    return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (matchingPdi[i] < 0)
                    {
                        return null;
                    }
                    i = matchingPdi[i];
                    break;
            }
        }
        return null;
    }

    readonly record struct Entry(byte Level, BidiClass Override, bool Isolate);

    // X1–X8.
    void ResolveExplicitLevels()
    {
        var stack = new Stack<Entry>();
        stack.Push(new Entry(ParagraphLevel, BidiClass.ON, false));
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;
        for (var i = 0; i < initial.Length; i++)
        {
            var type = initial[i];
            switch (type)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    var rtl = type is BidiClass.RLE or BidiClass.RLO;
                    var level = NextLevel(stack.Peek().Level, rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        var over = type switch { BidiClass.RLO => BidiClass.R, BidiClass.LRO => BidiClass.L, _ => BidiClass.ON };
                        stack.Push(new Entry(level, over, false));
                    }
                    else if (overflowIsolates == 0)
                    {
                        overflowEmbeddings++;
                    }
                    Levels[i] = stack.Peek().Level;
                    break;
                }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    ApplyCurrent(i, stack.Peek());
                    var rtl = type == BidiClass.RLI
                        || (type == BidiClass.FSI
                            && FirstStrongLevel(i + 1, matchingPdi[i] < 0 ? initial.Length : matchingPdi[i]) == 1);
                    var level = NextLevel(stack.Peek().Level, rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        stack.Push(new Entry(level, BidiClass.ON, true));
                    }
                    else
                    {
                        overflowIsolates++;
                    }
                    break;
                }
                case BidiClass.PDI:
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stack.Peek().Isolate)
                        {
                            stack.Pop();
                        }
                        stack.Pop();
                        validIsolates--;
                    }
                    ApplyCurrent(i, stack.Peek());
                    break;
                case BidiClass.PDF:
                    if (overflowIsolates == 0)
                    {
                        if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!stack.Peek().Isolate && stack.Count >= 2)
                        {
                            stack.Pop();
                        }
                    }
                    Levels[i] = stack.Peek().Level;
                    break;
                case BidiClass.B:
                    Levels[i] = ParagraphLevel;
                    break;
                case BidiClass.BN:
                    Levels[i] = stack.Peek().Level;
                    break;
                default:
                    ApplyCurrent(i, stack.Peek());
                    break;
            }
        }
    }

    void ApplyCurrent(int index, Entry entry)
    {
        Levels[index] = entry.Level;
        if (entry.Override != BidiClass.ON)
        {
            Types[index] = entry.Override;
        }
    }

    static byte NextLevel(byte level, bool rtl) =>
        (byte)(rtl ? (level + 1) | 1 : (level + 2) & ~1);

    void AssignRemovedLevels()
    {
        for (var i = 0; i < initial.Length; i++)
        {
            if (IsRemoved(i))
            {
                Levels[i] = i == 0 ? ParagraphLevel : Levels[i - 1];
            }
        }
    }
}
