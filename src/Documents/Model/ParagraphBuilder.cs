namespace WorkflowPortal.Documents.Model;

public sealed class ParagraphBuilder
{
    readonly List<Span> spans = [];
    ParagraphStyle style;

    internal ParagraphBuilder(ParagraphStyle style) => this.style = style;

    public ParagraphBuilder Text(string text, SpanStyle? spanStyle = null) => Add(new TextSpan(text, spanStyle ?? SpanStyle.Inherit));

    public ParagraphBuilder Bold(string text) => Text(text, new SpanStyle(Bold: true));

    public ParagraphBuilder Italic(string text) => Text(text, new SpanStyle(Italic: true));

    public ParagraphBuilder PageNumber(SpanStyle? spanStyle = null) => Add(new PageNumberSpan(spanStyle ?? SpanStyle.Inherit));

    public ParagraphBuilder PageCount(SpanStyle? spanStyle = null) => Add(new PageCountSpan(spanStyle ?? SpanStyle.Inherit));

    public ParagraphBuilder Align(TextAlignment alignment) => Set(style with { Alignment = alignment });

    public ParagraphBuilder Direction(TextDirection direction) => Set(style with { Direction = direction });

    public ParagraphBuilder Spacing(float before, float after) => Set(style with { SpacingBefore = before, SpacingAfter = after });

    public ParagraphBuilder LineHeight(float factor) => Set(style with { LineHeight = factor });

    // Applies to every span of the paragraph, under the spans' own overrides.
    public ParagraphBuilder Style(SpanStyle text) => Set(style with { Text = text });

    internal ParagraphBlock Build(int headingLevel) => new([.. spans], style, headingLevel);

    ParagraphBuilder Add(Span span)
    {
        spans.Add(span);
        return this;
    }

    ParagraphBuilder Set(ParagraphStyle value)
    {
        style = value;
        return this;
    }
}
