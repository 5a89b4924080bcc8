using System.Collections.Concurrent;
using SkiaSharp;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Fonts;

// The fonts a renderer may use: the configured folders first, then the system's. Build it once
// per process and share it: lookups are thread-safe and cached.
public sealed class FontCatalog : IDisposable
{
    public const string SystemFontFolder = "/usr/share/fonts";

    // Searched, in this order, for a character that none of the style's families can draw.
    static readonly string[] FallbackFamilies = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Noto Sans Symbols", "Noto Sans Symbols 2"];

    readonly List<FontFace> faces = [];
    readonly Dictionary<string, List<FontFace>> byFamily = new(StringComparer.OrdinalIgnoreCase);
    // Keyed by the family list instance: styles derived with `with` share it, and comparing the
    // reference avoids building a string per character.
    readonly ConcurrentDictionary<(int CodePoint, IReadOnlyList<string> Families, bool Bold, bool Italic), FontFace?> cache = new();

    public FontCatalog(IEnumerable<string> folders, bool includeSystemFonts = true)
    {
        var all = folders.ToList();
        if (includeSystemFonts)
        {
            all.Add(SystemFontFolder);
        }
        foreach (var folder in all.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                // Skia cannot read WOFF2 and HarfBuzz sees no glyphs in WOFF: only TTF/OTF are scanned.
                if (SKTypeface.FromFile(file) is not { } typeface)
                {
                    continue;
                }
                var face = new FontFace(file, typeface);
                faces.Add(face);
                if (!byFamily.TryGetValue(face.Family, out var list))
                {
                    byFamily[face.Family] = list = [];
                }
                list.Add(face);
            }
        }
    }

    public static FontCatalog System() => new([], includeSystemFonts: true);

    public IReadOnlyList<FontFace> Faces => faces;

    public IReadOnlyCollection<string> Families => byFamily.Keys;

    // The face of the style's first family that exists, used for characters with no glyph anywhere.
    internal FontFace Primary(TextStyle style) =>
        style.Families.Select(f => Match(f, style.Bold, style.Italic)).FirstOrDefault(f => f is not null)
        ?? FallbackFamilies.Select(f => Match(f, style.Bold, style.Italic)).FirstOrDefault(f => f is not null)
        ?? faces.FirstOrDefault()
        ?? throw new InvalidOperationException("No fonts were found: install fonts-hosny-amiri and fonts-noto-core or configure a font folder.");

    // The face that draws this character in this style, or null when no font can.
    internal FontFace? Find(int codePoint, TextStyle style)
    {
        var key = (codePoint, style.Families, style.Bold, style.Italic);
        return cache.GetOrAdd(key, _ =>
        {
            foreach (var family in style.Families.Concat(FallbackFamilies))
            {
                if (Match(family, style.Bold, style.Italic) is { } face && face.Covers(codePoint))
                {
                    return face;
                }
            }
            return faces.FirstOrDefault(f => !f.Italic && f.Weight == 400 && f.Covers(codePoint))
                ?? faces.FirstOrDefault(f => f.Covers(codePoint));
        });
    }

    FontFace? Match(string family, bool bold, bool italic)
    {
        if (!byFamily.TryGetValue(family, out var list))
        {
            return null;
        }
        var weight = bold ? 700 : 400;
        return list.MinBy(f => (f.Italic == italic ? 0 : 1000) + Math.Abs(f.Weight - weight));
    }

    public void Dispose()
    {
        foreach (var face in faces)
        {
            face.Dispose();
        }
    }
}
