namespace WorkflowPortal.Api.Tests.Hosting;

// A text as a reader sees it: without the invisible bidi isolates (U+2068 ... U+2069) the portal
// puts around every value inserted into a sentence. Tests that read a sentence compare this.
public static class Shown
{
    public static string Text(string? text) => (text ?? "").Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);
}
