using System.Collections.Concurrent;
using SkiaSharp;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace WorkflowPortal.Documents.Fonts;

// One font file. HarfBuzz objects are created on first use and, once created, only read, which
// HarfBuzz allows from several threads.
public sealed class FontFace : IDisposable
{
    readonly Lazy<(HbBlob Blob, HbFace Face, HbFont Font)> harfBuzz;
    readonly ConcurrentDictionary<float, (float Ascent, float Descent)> metrics = new();

    internal FontFace(string path, SKTypeface typeface)
    {
        Path = path;
        Typeface = typeface;
        Family = typeface.FamilyName;
        Weight = typeface.FontWeight;
        Italic = typeface.FontSlant != SKFontStyleSlant.Upright;
        harfBuzz = new(() =>
        {
            // Blob.FromFile, not FromStream: FromStream shaped wrong glyphs once several fonts were loaded.
            var blob = HbBlob.FromFile(path);
            var face = new HbFace(blob, 0);
            var font = new HbFont(face);
            font.SetFunctionsOpenType();
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            return (blob, face, font);
        });
    }

    public string Path { get; }

    public string Family { get; }

    public int Weight { get; }

    public bool Italic { get; }

    internal SKTypeface Typeface { get; }

    internal HbFont Shaper => harfBuzz.Value.Font;

    internal HbFace HarfBuzzFace => harfBuzz.Value.Face;

    internal int UnitsPerEm => harfBuzz.Value.Face.UnitsPerEm;

    public bool Covers(int codePoint) => Shaper.TryGetNominalGlyph(codePoint, out _);

    // Ascent and descent in points (both positive) at this size.
    internal (float Ascent, float Descent) Metrics(float size) => metrics.GetOrAdd(size, s =>
    {
        using var font = new SKFont(Typeface, s);
        var value = font.Metrics;
        return (-value.Ascent, value.Descent);
    });

    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : "")} ({System.IO.Path.GetFileName(Path)})";

    public void Dispose()
    {
        if (harfBuzz.IsValueCreated)
        {
            harfBuzz.Value.Font.Dispose();
            harfBuzz.Value.Face.Dispose();
            harfBuzz.Value.Blob.Dispose();
        }
        Typeface.Dispose();
    }
}
