namespace WorkflowPortal.Documents.Layout;

// Places boxes on pages of a given height: a box that does not fit starts a new page, spacing
// vanishes at the top of a page, headings keep with the next box, and a table row that starts
// a page brings its header rows along.
internal static class Paginator
{
    public static List<List<(Box Box, float Y)>> Paginate(IReadOnlyList<Box> boxes, float pageHeight)
    {
        var pages = new List<List<(Box, float)>> { new() };
        var y = 0f;
        void NewPage()
        {
            pages.Add([]);
            y = 0;
        }
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.BreakBefore)
            {
                if (y > 0)
                {
                    NewPage();
                }
                continue;
            }
            if (box.IsSpace)
            {
                if (y > 0 && y + box.Height <= pageHeight)
                {
                    y += box.Height;
                }
                continue;
            }
            var needed = ChainHeight(boxes, i);
            if (y > 0 && y + (needed <= pageHeight ? needed : box.Height) > pageHeight)
            {
                NewPage();
            }
            if (y == 0 && box.RepeatedHeader is { } header && pages.Count > 1)
            {
                foreach (var row in header)
                {
                    pages[^1].Add((row, y));
                    y += row.Height;
                }
            }
            pages[^1].Add((box, y));
            y += box.Height;
        }
        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }
        return pages;
    }

    // The box plus the boxes it must stay with (headings, table headers) up to the first free one.
    static float ChainHeight(IReadOnlyList<Box> boxes, int index)
    {
        var height = 0f;
        for (var i = index; i < boxes.Count; i++)
        {
            height += boxes[i].Height;
            if (!boxes[i].KeepWithNext && !boxes[i].IsSpace)
            {
                break;
            }
        }
        return height;
    }
}
