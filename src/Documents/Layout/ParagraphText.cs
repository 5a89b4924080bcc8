using System.Globalization;
using System.Text;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Text.Bidi;
using WorkflowPortal.Documents.Text.Shaping;

namespace WorkflowPortal.Documents.Layout;

// A paragraph's logical text, resolved into bidi levels, fonts and shaped runs. Runs split where
// the style, the bidi level or the font changes, so each run has one direction and one face.
internal sealed class ParagraphText
{
    ParagraphText(string text, TextStyle baseStyle, byte paragraphLevel, byte[] levels, IReadOnlyList<ShapedRun> runs, IReadOnlyList<(ShapedRun Run, TextStyle Style)> styled)
    {
        BaseStyle = baseStyle;
        Text = text;
        ParagraphLevel = paragraphLevel;
        Levels = levels;
        Runs = runs;
        Styles = styled.ToDictionary(s => s.Run, s => s.Style);
    }

    public string Text { get; }

    // The paragraph's style before span overrides; its primary face sets the baseline.
    public TextStyle BaseStyle { get; }

    public byte ParagraphLevel { get; }

    public bool RightToLeft => (ParagraphLevel & 1) == 1;

    // Bidi level per UTF-16 index.
    public byte[] Levels { get; }

    public IReadOnlyList<ShapedRun> Runs { get; }

    public IReadOnlyDictionary<ShapedRun, TextStyle> Styles { get; }

    public static ParagraphText Build(ParagraphBlock paragraph, TextStyle baseStyle, LayoutContext context)
    {
        var text = new StringBuilder();
        var spanStyles = new List<(int Start, int End, TextStyle Style)>();
        var paragraphStyle = baseStyle.Apply(paragraph.Style.Text ?? SpanStyle.Inherit);
        foreach (var span in paragraph.Spans)
        {
            var start = text.Length;
            text.Append(span switch
            {
                TextSpan t => t.Text.Replace('\t', ' ').Replace("\r", "", StringComparison.Ordinal),
                PageNumberSpan => context.PageNumber.ToString(CultureInfo.InvariantCulture),
                PageCountSpan => context.PageCount.ToString(CultureInfo.InvariantCulture),
                _ => "",
            });
            spanStyles.Add((start, text.Length, paragraphStyle.Apply(span.Style)));
        }
        var value = text.ToString();
        // Index of the span style per character; neighbouring spans with equal styles share an
        // index so that they shape as one run.
        var spanOf = new int[value.Length];
        for (int s = 0, id = 0; s < spanStyles.Count; s++)
        {
            id = s > 0 && spanStyles[s].Style == spanStyles[id].Style ? id : s;
            Array.Fill(spanOf, id, spanStyles[s].Start, spanStyles[s].End - spanStyles[s].Start);
        }
        var (paragraphLevel, levels) = ResolveLevels(value, paragraph.Style.Direction, context.Settings.Direction);
        var faces = ChooseFaces(value, spanOf, spanStyles, context);

        var runs = new List<(ShapedRun, TextStyle)>();
        var runStart = 0;
        for (var i = 1; i <= value.Length; i++)
        {
            if (i < value.Length && levels[i] == levels[runStart] && faces[i] == faces[runStart]
                && spanOf[i] == spanOf[runStart])
            {
                continue;
            }
            var style = spanStyles[spanOf[runStart]].Style;
            var run = TextShaper.Shape(value, runStart, i - runStart, faces[runStart], style.Size, (levels[runStart] & 1) == 1, context.Settings.Language);
            runs.Add((run, style));
            runStart = i;
        }
        return new ParagraphText(value, paragraphStyle, paragraphLevel, levels, [.. runs.Select(r => r.Item1)], runs);
    }

    // Paragraph direction: explicit, else from the first strong character, else the document's.
    static (byte Level, byte[] Levels) ResolveLevels(string text, TextDirection paragraph, TextDirection document)
    {
        var codePoints = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            codePoints.Add(rune.Value);
        }
        var direction = paragraph switch
        {
            TextDirection.LeftToRight => BidiDirection.LeftToRight,
            TextDirection.RightToLeft => BidiDirection.RightToLeft,
            _ when !codePoints.Any(c => UnicodeBidiData.GetClass(c) is BidiClass.L or BidiClass.R or BidiClass.AL) =>
                document == TextDirection.RightToLeft ? BidiDirection.RightToLeft : BidiDirection.LeftToRight,
            _ => BidiDirection.Auto,
        };
        var resolved = BidiParagraph.Resolve(codePoints.ToArray(), direction);
        var levels = new byte[text.Length];
        for (int i = 0, cp = 0; i < text.Length; i++, cp++)
        {
            levels[i] = resolved.Levels[cp];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                levels[++i] = resolved.Levels[cp];
            }
        }
        return (resolved.ParagraphLevel, levels);
    }

    // Per-character font fallback. Invisible format characters (isolates, joiners) stay in the
    // face before them. A sequence of weak characters (digits, punctuation, spaces, marks) takes
    // one face that has all of them, preferring the face before it: "2026-03-15" is not split
    // between fonts, and a number in Latin text uses the Latin font.
    static FontFace[] ChooseFaces(string text, int[] spanOf, List<(int Start, int End, TextStyle Style)> spans, LayoutContext context)
    {
        var faces = new FontFace[text.Length];
        FontFace? previous = null;
        for (var i = 0; i < text.Length; i++)
        {
            var style = spans[spanOf[i]].Style;
            var codePoint = CodePointAt(text, i);
            if (IsInvisible(codePoint))
            {
                faces[i] = previous ??= context.Catalog.Primary(style);
                continue;
            }
            var end = i;
            while (end < text.Length && spanOf[end] == spanOf[i] && IsWeak(CodePointAt(text, end)))
            {
                end++;
            }
            if (end > i && WeakRunFace(text, i, end, previous, style, context) is { } shared)
            {
                Array.Fill(faces, shared, i, end - i);
                previous = shared;
                i = end - 1;
                continue;
            }
            var face = context.Catalog.Find(codePoint, style);
            if (face is null)
            {
                context.Missing.TryAdd(codePoint, true);
                face = context.Catalog.Primary(style);
            }
            faces[i] = face;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                faces[++i] = face;
            }
            previous = face;
        }
        return faces;
    }

    static FontFace? WeakRunFace(string text, int start, int end, FontFace? previous, TextStyle style, LayoutContext context)
    {
        bool CoversAll(FontFace face)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsLowSurrogate(text[i]) && !face.Covers(CodePointAt(text, i)))
                {
                    return false;
                }
            }
            return true;
        }
        if (previous is not null && CoversAll(previous))
        {
            return previous;
        }
        return context.Catalog.Find(CodePointAt(text, start), style) is { } first && CoversAll(first) ? first : null;
    }

    static bool IsInvisible(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.Control;

    static bool IsWeak(int codePoint) =>
        !IsInvisible(codePoint) && UnicodeBidiData.GetClass(codePoint) is not (BidiClass.L or BidiClass.R or BidiClass.AL);

    static int CodePointAt(string text, int index) =>
        char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text[index], text[index + 1])
        : char.IsSurrogate(text[index]) ? 0xFFFD : text[index];
}
