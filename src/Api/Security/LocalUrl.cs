using System.Text;

namespace WorkflowPortal.Api.Security;

// Where a switch or a sign-in may send the browser back to: a path on this site, or "/" when the
// value is anything else. Control characters (tab, CR, LF) never reach a Location header, and
// non-ASCII characters are percent-encoded because Kestrel refuses them in headers.
internal static class LocalUrl
{
    public static string OrRoot(string? url)
    {
        if (url is not { Length: > 1 } || !url.StartsWith('/') || url.StartsWith("//") || url.StartsWith("/\\")) return "/";
        if (url.Any(c => char.IsControl(c) || c == '\\')) return "/";
        if (url.All(char.IsAscii)) return url;
        var encoded = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii) { encoded.Append((char)rune.Value); continue; }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
