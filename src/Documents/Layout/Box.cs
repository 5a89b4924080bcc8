namespace WorkflowPortal.Documents.Layout;

// An unbreakable slice of the flow (a line, a table row, a keep-together block) with its items
// relative to its own top-left corner. The paginator only moves boxes, it never looks inside.
internal sealed class Box(float height, IReadOnlyList<PageItem> items)
{
    public float Height { get; } = height;

    public IReadOnlyList<PageItem> Items { get; } = items;

    // Spacing that disappears at the top of a page.
    public bool IsSpace { get; init; }

    // Headings stay with what follows them.
    public bool KeepWithNext { get; set; }

    public bool BreakBefore { get; init; }

    // Table header rows drawn again above this row when it starts a page.
    public IReadOnlyList<Box>? RepeatedHeader { get; init; }

    public static Box Space(float height) => new(height, []) { IsSpace = true };

    // Stacks boxes vertically into one, offsetting their items.
    public static Box Stack(IEnumerable<Box> boxes)
    {
        var items = new List<PageItem>();
        var y = 0f;
        foreach (var box in boxes)
        {
            items.AddRange(box.Items.Select(i => i.Offset(0, y)));
            y += box.Height;
        }
        return new Box(y, items);
    }
}
