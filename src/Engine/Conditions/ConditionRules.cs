using System.Text.Json;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Conditions;

// What the validator demands of a condition: a known field, an operator its type supports and a
// value that fits. Messages name the element in both languages.
public static class ConditionRules
{
    public static void Check(Condition condition, WorkflowDefinition definition, string element, Action<ValidationMessage> add)
    {
        void Add(string code, string en, string ar) => add(new(code, element, en) { Arabic = ar });

        if (condition.IsGroup)
        {
            if ((condition.All is not null && condition.Any is not null) || condition.Field is not null || condition.Op is not null)
                Add("condition-shape", "A condition is either a group (all or any) or one comparison, not both.",
                    "الشرط إما مجموعة (الكل أو أيّ) وإما مقارنة واحدة، لا الاثنان معاً.");
            var (name, parts) = condition.All is not null ? ("all", condition.All) : ("any", condition.Any!);
            if (parts.Count == 0)
                Add("condition-empty", $"The '{name}' group has no conditions.", $"مجموعة '{name}' لا تحتوي على شروط.");
            foreach (var (part, index) in parts.Select((p, i) => (p, i)))
                Check(part, definition, $"{element}.{name}[{index}]", add);
            return;
        }

        if (string.IsNullOrWhiteSpace(condition.Field))
        {
            Add("condition-field-missing", "Choose the field to compare.", "اختر الحقل المراد مقارنته.");
            return;
        }
        if (definition.FindField(condition.Field) is not { } field)
        {
            Add("condition-field-unknown", $"The field '{condition.Field}' is not declared in `fields`.",
                $"الحقل '{condition.Field}' غير معرّف في الحقول.");
            return;
        }
        if (condition.Op is not { } op)
        {
            Add("condition-operator-missing", $"Choose how to compare '{En(field)}'.", $"اختر طريقة مقارنة '{Ar(field)}'.");
            return;
        }
        var type = field.Type.ToString().ToLowerInvariant();
        if (!ConditionOperators.For(field.Type).Contains(op))
        {
            Add("condition-operator-invalid", $"'{Words(op).En}' cannot compare the {type} field '{En(field)}'.",
                $"لا يمكن استخدام '{Words(op).Ar}' مع الحقل '{Ar(field)}' من النوع {type}.");
            return;
        }
        var problem = ValueProblem(field, op, condition.Value);
        if (problem is not null)
            Add("condition-value-invalid", $"'{En(field)}' {Words(op).En}: {problem.Value.En}", $"'{Ar(field)}' {Words(op).Ar}: {problem.Value.Ar}");
    }

    static (string En, string Ar)? ValueProblem(FieldDefinition field, ConditionOperator op, JsonElement? value)
    {
        if (op is ConditionOperator.IsEmpty or ConditionOperator.NotEmpty)
            return value is null ? null : ("this comparison takes no value.", "هذه المقارنة لا تأخذ قيمة.");
        if (op is ConditionOperator.Between or ConditionOperator.OneOf)
        {
            var list = ConditionValues.List(value);
            if (list is null || list.Count == 0 || (op == ConditionOperator.Between && list.Count != 2))
                return op == ConditionOperator.Between
                    ? ("give two values, the lower first.", "أدخل قيمتين، الصغرى أولاً.")
                    : ("give at least one value.", "أدخل قيمة واحدة على الأقل.");
            if (list.FirstOrDefault(v => !Fits(field, v)) is { ValueKind: not JsonValueKind.Undefined } bad)
                return Misfit(field, bad);
            if (op == ConditionOperator.Between && Compare(field, list[0], list[1]) > 0)
                return ("the lower value comes first.", "القيمة الصغرى تأتي أولاً.");
            return null;
        }
        if (value is not { } single)
            return ("a value is needed.", "القيمة مطلوبة.");
        return Fits(field, single) ? null : Misfit(field, single);
    }

    static bool Fits(FieldDefinition field, JsonElement value) => field.Type switch
    {
        FieldType.Number or FieldType.Money => ConditionValues.Number(value) is not null,
        FieldType.Date => ConditionValues.Date(value) is not null,
        FieldType.YesNo => ConditionValues.YesNo(value) is not null,
        FieldType.Choice when field.Options.Count > 0 => field.Options.Contains(ConditionValues.Text(value) ?? ""),
        _ => ConditionValues.Text(value) is not null,
    };

    static int Compare(FieldDefinition field, JsonElement a, JsonElement b) => field.Type switch
    {
        FieldType.Number or FieldType.Money => ConditionValues.Number(a)!.Value.CompareTo(ConditionValues.Number(b)!.Value),
        FieldType.Date => ConditionValues.Date(a)!.Value.CompareTo(ConditionValues.Date(b)!.Value),
        _ => 0,
    };

    static (string, string) Misfit(FieldDefinition field, JsonElement value) => field.Type switch
    {
        FieldType.Number or FieldType.Money => ($"{value.GetRawText()} is not a number.", $"{value.GetRawText()} ليس رقماً."),
        FieldType.Date => ($"{value.GetRawText()} is not a date such as \"2026-01-31\".", $"{value.GetRawText()} ليس تاريخاً مثل \"2026-01-31\"."),
        FieldType.YesNo => ($"{value.GetRawText()} is not true or false.", $"{value.GetRawText()} ليست نعم أو لا."),
        FieldType.Choice => ($"{value.GetRawText()} is not one of the options ({string.Join(", ", field.Options)}).",
            $"{value.GetRawText()} ليست من الخيارات ({string.Join("، ", field.Options)})."),
        _ => ($"{value.GetRawText()} is not text.", $"{value.GetRawText()} ليس نصاً."),
    };

    // People read the field's label and the comparison in words; the JSON names stay in the element path.
    static string En(FieldDefinition field) => field.Label?.En ?? field.Name;

    static string Ar(FieldDefinition field) => field.Label?.Ar ?? field.Label?.En ?? field.Name;

    static (string En, string Ar) Words(ConditionOperator op) => op switch
    {
        ConditionOperator.EqualTo => ("equals", "يساوي"),
        ConditionOperator.NotEqualTo => ("does not equal", "لا يساوي"),
        ConditionOperator.GreaterThan => ("is greater than", "أكبر من"),
        ConditionOperator.LessThan => ("is less than", "أصغر من"),
        ConditionOperator.Between => ("is between", "بين"),
        ConditionOperator.IsEmpty => ("is empty", "فارغ"),
        ConditionOperator.NotEmpty => ("is filled in", "معبّأ"),
        ConditionOperator.Contains => ("contains", "يحتوي على"),
        ConditionOperator.OneOf => ("is one of", "أحد القيم"),
        ConditionOperator.Before => ("is before", "قبل"),
        _ => ("is after", "بعد"),
    };
}
