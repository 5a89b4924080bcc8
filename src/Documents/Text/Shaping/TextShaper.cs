using System.Collections.Concurrent;
using HarfBuzzSharp;
using WorkflowPortal.Documents.Fonts;

namespace WorkflowPortal.Documents.Text.Shaping;

// Shapes one directional run with HarfBuzz. The whole paragraph is passed as context so that
// Arabic letters join across a change of font or style.
internal static class TextShaper
{
    static readonly ConcurrentDictionary<string, Language> Languages = new(StringComparer.OrdinalIgnoreCase);

    public static ShapedRun Shape(string text, int start, int length, FontFace face, float size, bool rightToLeft, string? language = null)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text, start, length);
        buffer.GuessSegmentProperties();
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        if (language is not null)
        {
            buffer.Language = Languages.GetOrAdd(language, l => new Language(l));
        }
        face.Shaper.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var count = infos.Length;
        var run = new ShapedRun(face, size, rightToLeft, start, length,
            new ushort[count], new int[count], new float[count], new float[count], new float[count]);
        for (var i = 0; i < count; i++)
        {
            run.Glyphs[i] = (ushort)infos[i].Codepoint;
            run.Clusters[i] = (int)infos[i].Cluster;
            run.Advances[i] = positions[i].XAdvance * scale;
            run.OffsetsX[i] = positions[i].XOffset * scale;
            run.OffsetsY[i] = -positions[i].YOffset * scale;
        }
        return run;
    }
}
