using System.IO.Compression;
using System.Text;

namespace WorkflowPortal.Workflows.Files;

// Recognises a file by its first bytes (and, for Office files, their package parts).
public static class FileSniffer
{
    public const int HeaderLength = 8;

    static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileKind FromHeader(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith(PngSignature)) return FileKind.Png;
        if (head.StartsWith(JpegSignature)) return FileKind.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return FileKind.Gif;
        if (head.StartsWith(OleSignature)) return FileKind.LegacyOffice;
        if (head.StartsWith("PK\x03\x04"u8)) return FileKind.Docx; // refined by Refine once the whole file is stored
        return FileKind.Unknown;
    }

    // A zip is only an Office document if it has the part that says so; text must be UTF-8 without NULs.
    public static FileKind Refine(FileKind guess, Stream whole)
    {
        whole.Position = 0;
        if (guess == FileKind.Docx) return OfficeKind(whole);
        if (guess != FileKind.Unknown) return guess;
        return LooksLikeText(whole) ? FileKind.Text : FileKind.Unknown;
    }

    static FileKind OfficeKind(Stream whole)
    {
        try
        {
            using var zip = new ZipArchive(whole, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null) return FileKind.Unknown;
            if (zip.GetEntry("word/document.xml") is not null) return FileKind.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return FileKind.Xlsx;
            if (zip.GetEntry("ppt/presentation.xml") is not null) return FileKind.Pptx;
            return FileKind.Unknown;
        }
        catch (InvalidDataException)
        {
            return FileKind.Unknown;
        }
    }

    static bool LooksLikeText(Stream whole)
    {
        var buffer = new byte[Math.Min(whole.Length, 64 * 1024)];
        whole.ReadExactly(buffer);
        if (buffer.Length == 0 || Array.IndexOf(buffer, (byte)0) >= 0) return false;
        try
        {
            // Only a sample of a longer file may end in the middle of a multi-byte character.
            var length = whole.Length > buffer.Length ? TrimIncomplete(buffer) : buffer.Length;
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    static int TrimIncomplete(byte[] buffer)
    {
        var end = buffer.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = buffer[end - back];
            if ((b & 0xC0) == 0xC0) return end - back; // a lead byte whose tail may be cut
            if ((b & 0x80) == 0) break;
        }
        return end;
    }
}
