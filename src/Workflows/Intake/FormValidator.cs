using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Intake;

// Validates what a person submitted against a request type's fields. Everything is checked on the
// server, whatever the browser already checked. Hidden conditional fields are neither required
// nor stored.
public static class FormValidator
{
    public static Result<SubmittedForm> Validate(
        IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<string, string[]> input, string language)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var key in input.Keys.Where(k => fields.All(f => f.Key != k)))
            errors[key] = [FormMessages.Format("unknown", language, key)];

        var accepted = new List<SubmittedValue>();
        var visibleValues = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (!IsVisible(field, visibleValues)) continue;

            var raw = input.TryGetValue(field.Key, out var given)
                ? given
                : field.Default is { Length: > 0 } fallback ? [fallback] : [];
            var values = raw.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
            var label = field.Label.In(language);

            if (values.Count == 0)
            {
                if (field.Required) errors[field.Key] = [FormMessages.Format("required", language, label)];
                visibleValues[field.Key] = [];
                continue;
            }

            var check = FieldRules.Check(field, values, label, language);
            if (check.IsSuccess)
            {
                accepted.Add(new SubmittedValue(field.Key, field.Type, check.Value));
                visibleValues[field.Key] = check.Value;
            }
            else
            {
                errors[field.Key] = [check.Error.Message];
                visibleValues[field.Key] = [];
            }
        }

        if (errors.Count > 0)
            return Error.Invalid(errors, language == "ar" ? "بعض الحقول غير صحيحة." : "Some fields are not valid.");
        return new SubmittedForm(accepted);
    }

    public static bool IsVisible(FieldDefinition field, IReadOnlyDictionary<string, IReadOnlyList<string>> earlierValues) =>
        field.VisibleWhen is not { } condition
        || (earlierValues.TryGetValue(condition.Field, out var values) && values.Any(v => condition.In.Contains(v)));
}
