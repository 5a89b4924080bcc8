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

    // The fields shown for these values, in order: a field hidden by its condition counts as empty
    // for the fields after it. Forms evaluate it as the person types; the server applies the same.
    public static List<FieldDefinition> VisibleFields(IEnumerable<FieldDefinition> fields, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var seen = new Dictionary<string, IReadOnlyList<string>>();
        var visible = new List<FieldDefinition>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (!IsVisible(field, seen)) { seen[field.Key] = []; continue; }
            visible.Add(field);
            seen[field.Key] = values.GetValueOrDefault(field.Key, []);
        }
        return visible;
    }

    public static bool IsVisible(FieldDefinition field, IReadOnlyDictionary<string, IReadOnlyList<string>> earlierValues) =>
        field.VisibleWhen is not { } condition
        || (earlierValues.TryGetValue(condition.Field, out var values) && values.Any(v => condition.In.Contains(v)));
}
