namespace WorkflowPortal.Workflows.Intake;

// A validated submission: only the fields that were visible, with values in a canonical form
// (invariant numbers, ISO dates, "true"/"false").
public sealed record SubmittedValue(string Key, FieldType Type, IReadOnlyList<string> Values);

public sealed record SubmittedForm(IReadOnlyList<SubmittedValue> Values)
{
    public SubmittedValue? this[string key] => Values.FirstOrDefault(v => v.Key == key);

    public IEnumerable<Guid> FileIds => Values
        .Where(v => v.Type == FieldType.Files)
        .SelectMany(v => v.Values)
        .Select(Guid.Parse);
}
