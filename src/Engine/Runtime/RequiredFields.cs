using System.Globalization;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// Checks a command against the transition's `requires`, reporting every field at fault at once.
static class RequiredFields
{
    public const string Comment = "comment";

    static readonly Dictionary<string, string> NoFields = [];

    public static Invalid? Check(WorkflowDefinition definition, TransitionDefinition transition, FireCommand command)
    {
        if (transition.Requires.Count == 0 && command.Fields is null or { Count: 0 })
            return null;
        Dictionary<string, string[]>? errors = null;
        void Fail(string field, string message) => (errors ??= [])[field] = [message];

        var fields = command.Fields;
        foreach (var name in transition.Requires)
        {
            if (name == Comment)
            {
                if (string.IsNullOrWhiteSpace(command.Comment))
                    Fail(Comment, "A comment is required.");
            }
            else if (fields is null || !fields.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                Fail(name, "This field is required.");
            }
        }
        foreach (var (name, value) in fields ?? NoFields)
        {
            var field = definition.FindField(name);
            if (field is null)
                Fail(name, $"'{name}' is not a field of this workflow.");
            else if (!string.IsNullOrWhiteSpace(value) && !Fits(field.Type, value))
                Fail(name, field.Type == FieldType.Date ? "Use a date such as 2026-01-31." : "Use a number such as 1500.50.");
        }
        return errors is null ? null : new Invalid("fields-invalid", $"'{transition.Trigger}' needs more information.", errors);
    }

    static bool Fits(FieldType type, string value) => type switch
    {
        FieldType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        FieldType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
