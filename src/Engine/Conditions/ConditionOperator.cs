using System.Text.Json.Serialization;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Conditions;

[JsonConverter(typeof(JsonStringEnumConverter<ConditionOperator>))]
public enum ConditionOperator
{
    [JsonStringEnumMemberName("equals")] EqualTo,
    [JsonStringEnumMemberName("notEquals")] NotEqualTo,
    [JsonStringEnumMemberName("gt")] GreaterThan,
    [JsonStringEnumMemberName("lt")] LessThan,
    [JsonStringEnumMemberName("between")] Between,
    [JsonStringEnumMemberName("isEmpty")] IsEmpty,
    [JsonStringEnumMemberName("notEmpty")] NotEmpty,
    [JsonStringEnumMemberName("contains")] Contains,
    [JsonStringEnumMemberName("oneOf")] OneOf,
    [JsonStringEnumMemberName("before")] Before,
    [JsonStringEnumMemberName("after")] After,
}

public static class ConditionOperators
{
    // Which operators make sense for which type of field: what the designer offers, what the validator accepts.
    public static IReadOnlyList<ConditionOperator> For(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money =>
            [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.GreaterThan, ConditionOperator.LessThan,
             ConditionOperator.Between, ConditionOperator.OneOf, ConditionOperator.IsEmpty, ConditionOperator.NotEmpty],
        FieldType.Date =>
            [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.Before, ConditionOperator.After,
             ConditionOperator.Between, ConditionOperator.IsEmpty, ConditionOperator.NotEmpty],
        FieldType.YesNo => [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.IsEmpty, ConditionOperator.NotEmpty],
        _ =>
            [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.Contains, ConditionOperator.OneOf,
             ConditionOperator.IsEmpty, ConditionOperator.NotEmpty],
    };

    public static string Symbol(ConditionOperator op) => op switch
    {
        ConditionOperator.EqualTo => "=",
        ConditionOperator.NotEqualTo => "≠",
        ConditionOperator.GreaterThan => ">",
        ConditionOperator.LessThan => "<",
        ConditionOperator.Between => "between",
        ConditionOperator.IsEmpty => "is empty",
        ConditionOperator.NotEmpty => "is filled",
        ConditionOperator.Contains => "contains",
        ConditionOperator.OneOf => "one of",
        ConditionOperator.Before => "before",
        _ => "after",
    };
}
