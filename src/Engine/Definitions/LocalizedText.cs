namespace WorkflowPortal.Engine.Definitions;

// Every label a person reads exists in English and Arabic; the validator enforces both.
public sealed record LocalizedText(string? En = null, string? Ar = null)
{
    public string In(string language) =>
        (language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Ar : En) ?? En ?? Ar ?? "";
}
