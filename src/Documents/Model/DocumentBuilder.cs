namespace WorkflowPortal.Documents.Model;

public sealed class DocumentBuilder
{
    DocumentSettings settings = DocumentSettings.Default;
    readonly BlockBuilder header = new();
    readonly BlockBuilder body = new();
    readonly BlockBuilder footer = new();

    public DocumentBuilder Title(string title) => Set(settings with { Title = title });

    public DocumentBuilder Author(string author) => Set(settings with { Author = author });

    // A BCP 47 tag ("ar", "en-GB"), written to the PDF catalog and the DOCX language settings.
    public DocumentBuilder Language(string language) => Set(settings with { Language = language });

    public DocumentBuilder Direction(TextDirection direction) => Set(settings with { Direction = direction });

    public DocumentBuilder PageSize(PageSize size) => Set(settings with { PageSize = size });

    public DocumentBuilder Margins(float all) => Set(settings with { Margins = Model.Margins.All(all) });

    public DocumentBuilder Margins(Margins margins) => Set(settings with { Margins = margins });

    public DocumentBuilder TextStyle(Func<TextStyle, TextStyle> change) => Set(settings with { TextStyle = change(settings.TextStyle) });

    public DocumentBuilder Header(Action<BlockBuilder> build) => Fill(header, build);

    public DocumentBuilder Content(Action<BlockBuilder> build) => Fill(body, build);

    public DocumentBuilder Footer(Action<BlockBuilder> build) => Fill(footer, build);

    internal Document Build() => new(settings, header.Blocks, body.Blocks, footer.Blocks);

    DocumentBuilder Set(DocumentSettings value)
    {
        settings = value;
        return this;
    }

    DocumentBuilder Fill(BlockBuilder target, Action<BlockBuilder> build)
    {
        build(target);
        return this;
    }
}
