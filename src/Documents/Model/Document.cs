namespace WorkflowPortal.Documents.Model;

// An immutable document: settings, header and footer (repeated on each page) and body.
public sealed class Document
{
    internal Document(DocumentSettings settings, IReadOnlyList<Block> header, IReadOnlyList<Block> body, IReadOnlyList<Block> footer)
    {
        Settings = settings;
        Header = header;
        Body = body;
        Footer = footer;
    }

    public DocumentSettings Settings { get; }

    public IReadOnlyList<Block> Header { get; }

    public IReadOnlyList<Block> Body { get; }

    public IReadOnlyList<Block> Footer { get; }

    public static Document Create(Action<DocumentBuilder> build)
    {
        var builder = new DocumentBuilder();
        build(builder);
        return builder.Build();
    }
}
