using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Layout;

// Measure, then draw: the body is paginated once (which gives the page count), then header and
// footer are laid out for each page with its real "page X of Y".
internal static class DocumentLayout
{
    const float Gap = 8;

    public static LayoutResult Layout(Document document, FontCatalog catalog)
    {
        var settings = document.Settings;
        var context = new LayoutContext(catalog, settings);
        var margins = settings.Margins;
        var width = settings.PageSize.Width - margins.Left - margins.Right;
        var headerHeight = Height(BlockLayout.Blocks(document.Header, width, context));
        var footerHeight = Height(BlockLayout.Blocks(document.Footer, width, context));
        var bodyTop = margins.Top + (headerHeight > 0 ? headerHeight + Gap : 0);
        var bodyHeight = settings.PageSize.Height - bodyTop - margins.Bottom - (footerHeight > 0 ? footerHeight + Gap : 0);

        context.BodyHeight = bodyHeight;
        var boxes = BlockLayout.Blocks(document.Body, width, context);
        var pages = Paginator.Paginate(boxes, bodyHeight);
        context.PageCount = pages.Count;

        var result = new List<LaidOutPage>();
        for (var p = 0; p < pages.Count; p++)
        {
            context.PageNumber = p + 1;
            var items = new List<PageItem>();
            foreach (var (box, y) in pages[p])
            {
                items.AddRange(box.Items.Select(i => i.Offset(margins.Left, bodyTop + y)));
            }
            var header = Box.Stack(BlockLayout.Blocks(document.Header, width, context).Where(b => !b.IsSpace));
            items.AddRange(header.Items.Select(i => i.Offset(margins.Left, margins.Top)));
            var footer = Box.Stack(BlockLayout.Blocks(document.Footer, width, context).Where(b => !b.IsSpace));
            items.AddRange(footer.Items.Select(i => i.Offset(margins.Left, settings.PageSize.Height - margins.Bottom - footer.Height)));
            result.Add(new LaidOutPage(p + 1, items));
        }
        return new LayoutResult(settings.PageSize, result, [.. context.Missing.Keys.Order()]);
    }

    static float Height(IEnumerable<Box> boxes) => boxes.Where(b => !b.IsSpace).Sum(b => b.Height);
}
