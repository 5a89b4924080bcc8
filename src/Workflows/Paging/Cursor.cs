using System.Globalization;
using System.Text;

namespace WorkflowPortal.Workflows.Paging;

// Keyset paging: a cursor is the (time, id) of the last item seen, opaque to callers.
public readonly record struct Cursor(DateTimeOffset At, Guid Id)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static int Limit(int? requested) => Math.Clamp(requested ?? DefaultLimit, 1, MaxLimit);

    public string Encode() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // False for a cursor we did not issue; true with null for "from the start".
    public static bool TryDecode(string? text, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (text.Length > 200) return false;
        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(base64)).Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new Cursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
            // not base64: not ours
        }
        return false;
    }
}
