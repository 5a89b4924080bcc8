namespace WorkflowPortal.Documents.Text.Bidi;

// One isolating run sequence (BD13): the level runs joined across isolates, resolved with the
// weak (W1–W7), bracket (N0), neutral (N1–N2) and implicit (I1–I2) rules.
internal sealed class IsolatingRunSequence
{
    readonly BidiParagraph paragraph;
    readonly int[] indexes;
    readonly BidiClass[] types;
    readonly byte level;
    readonly BidiClass sos;
    readonly BidiClass eos;

    IsolatingRunSequence(BidiParagraph paragraph, int[] indexes)
    {
        this.paragraph = paragraph;
        this.indexes = indexes;
        types = [.. indexes.Select(i => paragraph.Types[i])];
        level = paragraph.Levels[indexes[0]];

        var first = indexes[0];
        var previous = first - 1;
        while (previous >= 0 && paragraph.IsRemoved(previous))
        {
            previous--;
        }
        var before = previous >= 0 ? paragraph.Levels[previous] : paragraph.ParagraphLevel;
        sos = (Math.Max(before, level) & 1) == 1 ? BidiClass.R : BidiClass.L;

        var last = indexes[^1];
        var lastType = paragraph.InitialTypes[last];
        var next = last + 1;
        while (next < paragraph.Levels.Length && paragraph.IsRemoved(next))
        {
            next++;
        }
        var endsInIsolate = lastType is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;
        var after = next < paragraph.Levels.Length && !endsInIsolate ? paragraph.Levels[next] : paragraph.ParagraphLevel;
        eos = (Math.Max(after, paragraph.Levels[last]) & 1) == 1 ? BidiClass.R : BidiClass.L;
    }

    // X10: level runs, linked from an isolate initiator to its matching PDI.
    public static IEnumerable<IsolatingRunSequence> Build(BidiParagraph paragraph)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        var currentLevel = -1;
        for (var i = 0; i < paragraph.Levels.Length; i++)
        {
            if (paragraph.IsRemoved(i))
            {
                continue;
            }
            if (current is null || paragraph.Levels[i] != currentLevel)
            {
                current = [];
                runs.Add(current);
                currentLevel = paragraph.Levels[i];
            }
            current.Add(i);
        }
        var runOfStart = runs.ToDictionary(r => r[0]);
        foreach (var run in runs)
        {
            var first = run[0];
            if (paragraph.InitialTypes[first] == BidiClass.PDI && paragraph.MatchingInitiator(first) >= 0)
            {
                continue; // Continues the sequence of its initiator.
            }
            var sequence = new List<int>();
            var part = run;
            while (true)
            {
                sequence.AddRange(part);
                var last = part[^1];
                var pdi = paragraph.InitialTypes[last] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI
                    ? paragraph.MatchingPdi(last) : -1;
                if (pdi < 0 || !runOfStart.TryGetValue(pdi, out var continuation))
                {
                    break;
                }
                part = continuation;
            }
            yield return new IsolatingRunSequence(paragraph, [.. sequence]);
        }
    }

    public void Resolve()
    {
        ResolveWeakTypes();
        BracketPairs.Resolve(paragraph, indexes, types, level, sos);
        ResolveNeutralTypes();
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            var resolved = paragraph.Levels[index];
            paragraph.Types[index] = types[i];
            paragraph.Levels[index] = (resolved & 1) == 0
                ? (byte)(resolved + types[i] switch { BidiClass.R => 1, BidiClass.AN or BidiClass.EN => 2, _ => 0 })
                : (byte)(resolved + (types[i] is BidiClass.L or BidiClass.EN or BidiClass.AN ? 1 : 0));
        }
    }

    void ResolveWeakTypes()
    {
        var n = types.Length;
        for (var i = 0; i < n; i++) // W1
        {
            if (types[i] == BidiClass.NSM)
            {
                types[i] = i == 0 ? sos
                    : types[i - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON
                    : types[i - 1];
            }
        }
        var lastStrong = sos; // W2, W3
        for (var i = 0; i < n; i++)
        {
            switch (types[i])
            {
                case BidiClass.L or BidiClass.R or BidiClass.AL:
                    lastStrong = types[i];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    types[i] = BidiClass.AN;
                    break;
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.AL)
            {
                types[i] = BidiClass.R;
            }
        }
        for (var i = 1; i < n - 1; i++) // W4
        {
            if (types[i] == BidiClass.ES && types[i - 1] == BidiClass.EN && types[i + 1] == BidiClass.EN)
            {
                types[i] = BidiClass.EN;
            }
            else if (types[i] == BidiClass.CS && types[i - 1] == types[i + 1]
                && types[i - 1] is BidiClass.EN or BidiClass.AN)
            {
                types[i] = types[i - 1];
            }
        }
        for (var i = 0; i < n; i++) // W5
        {
            if (types[i] != BidiClass.ET)
            {
                continue;
            }
            var end = i;
            while (end < n && types[end] == BidiClass.ET)
            {
                end++;
            }
            var touchesNumber = (i > 0 && types[i - 1] == BidiClass.EN) || (end < n && types[end] == BidiClass.EN);
            if (touchesNumber)
            {
                Array.Fill(types, BidiClass.EN, i, end - i);
            }
            i = end - 1;
        }
        for (var i = 0; i < n; i++) // W6
        {
            if (types[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                types[i] = BidiClass.ON;
            }
        }
        lastStrong = sos; // W7
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                types[i] = BidiClass.L;
            }
        }
    }

    static bool IsNeutral(BidiClass type) =>
        type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON
            or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;

    // N1–N2: numbers count as R for their neighbours.
    void ResolveNeutralTypes()
    {
        var embedding = (level & 1) == 1 ? BidiClass.R : BidiClass.L;
        for (var i = 0; i < types.Length; i++)
        {
            if (!IsNeutral(types[i]))
            {
                continue;
            }
            var end = i;
            while (end < types.Length && IsNeutral(types[end]))
            {
                end++;
            }
            var before = i == 0 ? sos : Strong(types[i - 1]);
            var after = end == types.Length ? eos : Strong(types[end]);
            Array.Fill(types, before == after ? before : embedding, i, end - i);
            i = end - 1;
        }
    }

    static BidiClass Strong(BidiClass type) => type is BidiClass.EN or BidiClass.AN ? BidiClass.R : type;
}
