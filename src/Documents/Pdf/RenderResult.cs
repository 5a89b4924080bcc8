using System.Globalization;

namespace WorkflowPortal.Documents.Pdf;

// What a render produced besides the bytes. MissingCharacters lists code points that no font in
// the catalog can draw: they appear as empty boxes, so the caller should show the warnings.
public sealed record RenderResult(int PageCount, IReadOnlyList<int> MissingCharacters)
{
    public IReadOnlyList<string> Warnings { get; } =
        [.. MissingCharacters.Select(c => string.Create(CultureInfo.InvariantCulture, $"No font can draw U+{c:X4} '{char.ConvertFromUtf32(c)}'."))];
}
