namespace WorkflowPortal.Workflows.Intake;

public enum FieldType
{
    Text, LongText, Number, Money, Date, SingleChoice, MultipleChoice, YesNo, Email, Phone, Files, RelatedPerson,
}

public sealed record FieldOption(string Value, BilingualText Label);

// Show a field only when another (earlier) field has one of the given values.
public sealed record FieldCondition(string Field, IReadOnlyList<string> In);

// One field of a request type's form, as the legal team defined it in the form builder.
public sealed record FieldDefinition
{
    public required string Key { get; init; }
    public required FieldType Type { get; init; }
    public required BilingualText Label { get; init; }
    public BilingualText? Help { get; init; }
    public bool Required { get; init; }
    public string? Default { get; init; }
    public int Order { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }
    public IReadOnlyList<FieldOption> Options { get; init; } = [];
    public FieldCondition? VisibleWhen { get; init; }
}
