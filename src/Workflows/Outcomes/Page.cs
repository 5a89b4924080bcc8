namespace WorkflowPortal.Workflows.Outcomes;

// One page of a keyset-paged list: NextCursor is null on the last page.
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

// ?limit=&cursor=&search= as every list takes them.
public sealed record PageQuery(int? Limit = null, string? Cursor = null, string? Search = null)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public Error? Validate()
    {
        if (Limit is < 1 or > MaxLimit) return Error.Invalid("limit", $"limit must be between 1 and {MaxLimit}.");
        if (Search is { Length: > 200 }) return Error.Invalid("search", "search must be at most 200 characters.");
        if (Cursor is { Length: > 400 } || (!string.IsNullOrEmpty(Cursor) && DecodedCursor is null))
            return Error.Invalid("cursor", "cursor is not valid.");
        return null;
    }

    public int Take => Limit ?? DefaultLimit;

    public string? Term => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToUpperInvariant();

    // Cursors are opaque to callers; inside they are the last row's sort key.
    public string? DecodedCursor
    {
        get
        {
            if (string.IsNullOrEmpty(Cursor)) return null;
            try { return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Cursor)); }
            catch (FormatException) { return null; }
        }
    }

    public static string Encode(string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key));

    public static Page<TOut> Paged<TRow, TOut>(List<TRow> rows, int take, Func<TRow, string> key, Func<TRow, TOut> view) =>
        new(rows.Take(take).Select(view).ToList(), rows.Count > take ? Encode(key(rows[take - 1])) : null);
}
