using System.Text.RegularExpressions;

namespace WorkflowPortal.Api.Search;

// What a person searched for is confidential (a client's name, a dispute), and the host logs each
// request's URL with its query string. The calendar feed's log wrapper (FeedLogRedaction) passes every
// line through here too: ?q= and ?search= values show as [redacted].
internal static partial class SearchLogRedaction
{
    public static bool Applies(string text) =>
        (text.Contains("q=", StringComparison.OrdinalIgnoreCase) || text.Contains("search=", StringComparison.OrdinalIgnoreCase)) && Query().IsMatch(text);

    public static string Redact(string text) => Applies(text) ? Query().Replace(text, "$1[redacted]") : text;

    [GeneratedRegex(@"([?&](?:q|search)=)[^&#\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Query();
}
