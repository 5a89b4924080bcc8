namespace WorkflowPortal.Documents.Model;

public sealed class ListBuilder
{
    readonly List<ParagraphBlock> items = [];

    public IReadOnlyList<ParagraphBlock> Items => items;

    public ListBuilder Item(string text) => Item(p => p.Text(text));

    public ListBuilder Item(Action<ParagraphBuilder> build)
    {
        var paragraph = new ParagraphBuilder(new ParagraphStyle(SpacingAfter: 3));
        build(paragraph);
        items.Add(paragraph.Build(0));
        return this;
    }
}
