using System.Buffers.Binary;

namespace WorkflowPortal.Workflows.Contracts;

// A drawn signature is a PNG data URL from the signing pad: real PNG bytes (signature, IHDR first,
// IEND last) of a size a pad draws, so that the signed copy can always place it.
public static class DrawnSignature
{
    const string Prefix = "data:image/png;base64,";
    const int MaxWidth = 4000, MaxHeight = 2000;
    static ReadOnlySpan<byte> Magic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsValid(string dataUrl, int maxLength)
    {
        if (dataUrl.Length > maxLength || !dataUrl.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var base64 = dataUrl.AsSpan(Prefix.Length);
        var bytes = new byte[base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64Chars(base64, bytes, out var length) || length < 8 + 25 + 12) return false;
        var png = bytes.AsSpan(0, length);
        if (!png[..8].SequenceEqual(Magic) || !png.Slice(12, 4).SequenceEqual("IHDR"u8) || !png[^8..^4].SequenceEqual("IEND"u8)) return false;
        var width = BinaryPrimitives.ReadUInt32BigEndian(png.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(png.Slice(20, 4));
        return width is >= 1 and <= MaxWidth && height is >= 1 and <= MaxHeight;
    }
}
