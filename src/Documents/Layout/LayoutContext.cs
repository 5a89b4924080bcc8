using System.Collections.Concurrent;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Layout;

// Per-render state: one per render call, so concurrent renders share only the catalog.
internal sealed class LayoutContext(FontCatalog catalog, DocumentSettings settings)
{
    public FontCatalog Catalog { get; } = catalog;

    public DocumentSettings Settings { get; } = settings;

    public ConcurrentDictionary<int, bool> Missing { get; } = new();

    // Height available to the body on a page, known once header and footer are measured.
    public float BodyHeight { get; set; } = float.MaxValue;

    // Page numbers for header and footer spans; the first pass measures with placeholders.
    public int PageNumber { get; set; } = 888;

    public int PageCount { get; set; } = 888;
}
