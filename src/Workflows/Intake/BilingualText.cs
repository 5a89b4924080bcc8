using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Intake;

// A text the legal team writes once per language; clients read it in theirs.
public sealed record BilingualText(string En, string Ar)
{
    public string In(string language) => language == "ar" && Ar.Length > 0 ? Ar : En;

    // The same text as one line in each language (PlainText.Line): for names and titles.
    public BilingualText AsLine() => new(PlainText.Line(En), PlainText.Line(Ar));

    public bool IsComplete => !string.IsNullOrWhiteSpace(En) && !string.IsNullOrWhiteSpace(Ar);
}
