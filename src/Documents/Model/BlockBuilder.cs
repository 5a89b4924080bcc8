namespace WorkflowPortal.Documents.Model;

public sealed class BlockBuilder
{
    readonly List<Block> blocks = [];

    public IReadOnlyList<Block> Blocks => blocks;

    public BlockBuilder Heading(int level, string text) => Heading(level, p => p.Text(text));

    public BlockBuilder Heading(int level, Action<ParagraphBuilder> build)
    {
        var size = level switch { 1 => 18f, 2 => 14f, _ => 12f };
        var paragraph = new ParagraphBuilder(new ParagraphStyle(SpacingBefore: level == 1 ? 6 : 10, SpacingAfter: 6,
            LineHeight: 1.3f, Text: new SpanStyle(Bold: true, Size: size)));
        build(paragraph);
        return Add(paragraph.Build(level));
    }

    public BlockBuilder Paragraph(string text) => Paragraph(p => p.Text(text));

    public BlockBuilder Paragraph(Action<ParagraphBuilder> build)
    {
        var paragraph = new ParagraphBuilder(new ParagraphStyle());
        build(paragraph);
        return Add(paragraph.Build(0));
    }

    public BlockBuilder BulletList(Action<ListBuilder> build) => List(false, build);

    public BlockBuilder NumberedList(Action<ListBuilder> build) => List(true, build);

    public BlockBuilder Table(Action<TableBuilder> build)
    {
        var table = new TableBuilder();
        build(table);
        return Add(table.Build());
    }

    public BlockBuilder Spacing(float points) => Add(new SpacingBlock(points));

    public BlockBuilder PageBreak() => Add(new PageBreakBlock());

    public BlockBuilder KeepTogether(Action<BlockBuilder> build)
    {
        var inner = new BlockBuilder();
        build(inner);
        return Add(new KeepTogetherBlock(inner.Blocks));
    }

    public BlockBuilder Image(byte[] data, float width, float? height = null) => Add(new ImageBlock(data, width, height));

    public BlockBuilder HorizontalRule(float thickness = 0.75f, Color? color = null) =>
        Add(new RuleBlock(thickness, color ?? Color.Gray));

    public BlockBuilder Add(Block block)
    {
        blocks.Add(block);
        return this;
    }

    BlockBuilder List(bool numbered, Action<ListBuilder> build)
    {
        var list = new ListBuilder();
        build(list);
        return Add(new ListBlock(numbered, list.Items));
    }
}
