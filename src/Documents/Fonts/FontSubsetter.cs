using System.Runtime.InteropServices;

namespace WorkflowPortal.Documents.Fonts;

// Cuts a font down to the glyphs a document uses with HarfBuzz's subsetter, which
// libHarfBuzzSharp exports but HarfBuzzSharp does not wrap. Skia embeds whole font files, so
// without this a contract in Amiri carries the full font.
internal static partial class FontSubsetter
{
    const string Library = "libHarfBuzzSharp";
    const uint NoHinting = 0x1;
    const uint NoLayoutClosure = 0x200;
    const int DropTableTagSet = 3;
    const uint InvalidGlyph = uint.MaxValue;

    // Shaping already happened on the full font, so layout tables are dead weight in the subset.
    static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "JSTF", "kern", "morx", "DSIG"];

    public sealed record Subset(byte[] Data, Dictionary<ushort, ushort> GlyphMap);

    public static Subset Create(FontFace face, IReadOnlySet<ushort> glyphs, IReadOnlySet<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not create a subset input.");
        }
        try
        {
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                hb_set_add(unicodeSet, (uint)codePoint); // Keeps cmap entries, which give PDF readers the text.
            }
            var drop = hb_subset_input_set(input, DropTableTagSet);
            foreach (var table in DroppedTables)
            {
                hb_set_add(drop, (uint)((table[0] << 24) | (table[1] << 16) | (table[2] << 8) | table[3]));
            }
            hb_subset_input_set_flags(input, NoHinting | NoLayoutClosure);
            return Execute(face, input, glyphs);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    static Subset Execute(FontFace face, IntPtr input, IReadOnlySet<ushort> glyphs)
    {
        var plan = hb_subset_plan_create_or_fail(face.HarfBuzzFace.Handle, input);
        if (plan == IntPtr.Zero)
        {
            throw new InvalidOperationException($"HarfBuzz could not plan a subset of {face}.");
        }
        try
        {
            var subsetFace = hb_subset_plan_execute_or_fail(plan);
            if (subsetFace == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {face}.");
            }
            var map = hb_subset_plan_old_to_new_glyph_mapping(plan);
            var glyphMap = new Dictionary<ushort, ushort>();
            foreach (var glyph in glyphs)
            {
                var mapped = hb_map_get(map, glyph);
                glyphMap[glyph] = mapped == InvalidGlyph ? (ushort)0 : (ushort)mapped;
            }
            var blob = hb_face_reference_blob(subsetFace);
            var data = hb_blob_get_data(blob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            hb_blob_destroy(blob);
            hb_face_destroy(subsetFace);
            return new Subset(bytes, glyphMap);
        }
        finally
        {
            hb_subset_plan_destroy(plan);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint value);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [LibraryImport(Library)]
    private static partial void hb_subset_plan_destroy(IntPtr plan);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [LibraryImport(Library)]
    private static partial uint hb_map_get(IntPtr map, uint key);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
