using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Rehearsal;

// The sample form values go through the same typed check as fields filled on a transition; each
// fault names the field in English and Arabic, since the designer reads it in either.
static class SampleData
{
    static readonly TransitionDefinition Form = new("Start", [], "");

    public static Invalid? Check(WorkflowDefinition definition, IReadOnlyDictionary<string, string>? data)
    {
        if (RequiredFields.Check(definition, Form, new FireCommand("Start", null, data)) is not { } invalid)
            return null;
        var errors = invalid.Errors.ToDictionary(p => p.Key, p => p.Value.Select(m => $"{Name(definition, p.Key)}: {m}").ToArray());
        return new Invalid("sample-data-invalid", "Some sample values do not fit their fields: " +
            string.Join(" ", errors.Values.SelectMany(m => m)), errors);
    }

    static string Name(WorkflowDefinition definition, string field) =>
        definition.FindField(field)?.Label is { } label ? $"{label.En ?? field} ({label.Ar ?? label.En ?? field})" : field;
}
