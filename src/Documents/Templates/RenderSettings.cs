namespace WorkflowPortal.Documents.Templates;

// The contract's language and digits (the filters follow them) and the clauses
// {% clause "key" %} may insert, each compiled once like the template itself.
public sealed record RenderSettings(string Language = "en", DigitStyle Digits = DigitStyle.Latin,
    IReadOnlyDictionary<string, ContractTemplate>? Clauses = null)
{
    public static readonly RenderSettings Default = new();

    public bool IsArabic => Language == "ar";
}
