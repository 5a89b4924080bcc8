using System.Globalization;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Api.Templates;

// One question as the field builder edits it: plain strings the inputs bind to, turned back into
// a FieldDefinition (whose rules the studio checks on save) in the order they are listed.
public sealed class QuestionRow
{
    public string Key { get; set; } = "";
    public FieldType Type { get; set; } = FieldType.Text;
    public string LabelEn { get; set; } = "";
    public string LabelAr { get; set; } = "";
    public bool Required { get; set; }
    public string? Default { get; set; }
    // One option a line: value | English | Arabic.
    public string? Options { get; set; }
    public string? ShownWhenField { get; set; }
    // Comma-separated values of that field that show this one.
    public string? ShownWhenValues { get; set; }

    public static QuestionRow Of(FieldDefinition f) => new()
    {
        Key = f.Key,
        Type = f.Type,
        LabelEn = f.Label.En,
        LabelAr = f.Label.Ar,
        Required = f.Required,
        Default = f.Default,
        Options = string.Join("\n", f.Options.Select(o => $"{o.Value} | {o.Label.En} | {o.Label.Ar}")),
        ShownWhenField = f.VisibleWhen?.Field,
        ShownWhenValues = f.VisibleWhen is { } c ? string.Join(", ", c.In) : null,
    };

    public FieldDefinition ToField(int order) => new()
    {
        Key = Key.Trim(),
        Type = Type,
        Label = new BilingualText(LabelEn.Trim(), LabelAr.Trim()),
        Required = Required,
        Default = string.IsNullOrWhiteSpace(Default) ? null : Default.Trim(),
        Order = order,
        Options = (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => new FieldOption(p[0], new BilingualText(p.ElementAtOrDefault(1) ?? "", p.ElementAtOrDefault(2) ?? "")))
            .ToList(),
        VisibleWhen = string.IsNullOrWhiteSpace(ShownWhenField)
            ? null
            : new FieldCondition(ShownWhenField.Trim(),
                (ShownWhenValues ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()),
    };

    public static IReadOnlyList<FieldDefinition> Fields(IEnumerable<QuestionRow> rows) =>
        rows.Select((r, i) => r.ToField(i + 1)).ToList();

    public static string Position(int index) => (index + 1).ToString(CultureInfo.CurrentCulture);
}
