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
            else if (!string.IsNullOrWhiteSpace(value) && !Fits(field, value.Trim()))
                Fail(name, field.Type switch
                {
                    FieldType.Date => "Use a date such as 2026-01-31.",
                    FieldType.YesNo => "Use true or false.",
                    FieldType.Choice => $"Choose one of: {string.Join(", ", field.Options)}.",
                    FieldType.Money => "Use an amount such as 1500.50.",
                    _ => "Use a number such as 1500.50.",
                });
        }
        return errors is null ? null : new Invalid("fields-invalid", $"'{transition.Trigger}' needs more information.", errors);
    }

    static bool Fits(FieldDefinition field, string value) => field.Type switch
    {
        FieldType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        FieldType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        FieldType.Money => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0,
        FieldType.YesNo => value is "true" or "false",
        FieldType.Choice => field.Options.Count == 0 || field.Options.Contains(value),
        _ => true,
    };
}
