namespace WorkflowPortal.Documents.Model;

public sealed record DocumentSettings(
    string Title,
    string Author,
    string Language,
    TextDirection Direction,
    PageSize PageSize,
    Margins Margins,
    TextStyle TextStyle)
{
    public static readonly DocumentSettings Default =
        new("", "", "en", TextDirection.LeftToRight, PageSize.A4, Margins.All(56), TextStyle.Default);

    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;
}
