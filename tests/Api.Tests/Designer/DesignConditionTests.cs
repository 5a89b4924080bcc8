using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowPortal.Api.Designer;
using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Processes.Designer;

namespace WorkflowPortal.Api.Tests.Designer;

// The condition builder's rows, the deadline pickers and the words for the validator's elements.
public sealed class DesignConditionTests
{
    static readonly IReadOnlyList<FieldDefinition> Fields =
    [
        new("contractValue", new LocalizedText("Contract value", "قيمة العقد")) { Type = FieldType.Money },
        new("hearingDate", new LocalizedText("Hearing date", "تاريخ الجلسة")) { Type = FieldType.Date },
        new("urgent", new LocalizedText("Urgent", "عاجل")) { Type = FieldType.YesNo },
        new("area", new LocalizedText("Practice area", "مجال الممارسة")) { Type = FieldType.Choice, Options = ["employment", "commercial"] },
        new("subject", new LocalizedText("Subject", "الموضوع")),
    ];

    static WorkflowDefinition With(Condition when) => new("x", "A",
        [new("A", StateCategory.Open, new("A", "أ")), new("B", StateCategory.Done, new("B", "ب")) { Final = true }],
        [new("Go", ["A"], "B", new("Go", "اذهب")) { Allowed = ["LegalTeam"], When = when }, new("Go", ["A"], "B", new("Go", "اذهب")) { Allowed = ["LegalTeam"] }],
        new("X", "س"))
    { Fields = Fields };

    static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    static IStringLocalizer Texts =>
        new ResourceManagerStringLocalizerFactory(Microsoft.Extensions.Options.Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(DesignerText));

    static string Json(Condition c) => System.Text.Json.JsonSerializer.Serialize(c, JsonOptions);

    public static TheoryData<string> Conditions =>
    [
        """{ "field": "contractValue", "op": "gt", "value": 500000 }""",
        """{ "all": [ { "field": "contractValue", "op": "between", "value": [1000, 2500.5] }, { "field": "hearingDate", "op": "before", "value": "2026-01-31" } ] }""",
        """{ "any": [ { "field": "urgent", "op": "equals", "value": true }, { "field": "area", "op": "oneOf", "value": ["employment", "commercial"] }, { "field": "subject", "op": "isEmpty" } ] }""",
        """{ "all": [ { "field": "subject", "op": "contains", "value": "lease" }, { "field": "hearingDate", "op": "notEmpty" }, { "field": "contractValue", "op": "oneOf", "value": [1, 2] } ] }""",
    ];

    [Theory]
    [MemberData(nameof(Conditions))]
    public void A_condition_the_builder_can_show_comes_back_from_its_rows_unchanged(string json)
    {
        var condition = System.Text.Json.JsonSerializer.Deserialize<Condition>(json, JsonOptions)!;

        var again = DesignCondition.Of(condition)!.ToCondition(Fields);

        Assert.Equal(WorkflowJson.Write(With(condition)), WorkflowJson.Write(With(again)));
        Assert.Empty(WorkflowValidator.Validate(With(again)));
    }

    [Fact]
    public void Groups_inside_groups_have_no_builder_form_and_are_left_as_written()
    {
        var nested = Condition.AllOf(Condition.Leaf("urgent", ConditionOperator.EqualTo, true),
            Condition.AnyOf(Condition.Leaf("area", ConditionOperator.EqualTo, "employment"), Condition.Leaf("subject", ConditionOperator.IsEmpty)));

        Assert.Null(DesignCondition.Of(nested));
    }

    [Fact]
    public void Typed_values_become_json_of_the_fields_type()
    {
        var design = DesignCondition.New();
        design.Rows[0] = new DesignComparison { Field = "contractValue", Op = ConditionOperator.GreaterThan, Value = "500000" };
        design.Rows.Add(new DesignComparison { Field = "urgent", Op = ConditionOperator.EqualTo, Value = "false" });
        design.Rows.Add(new DesignComparison { Field = "subject", Op = ConditionOperator.EqualTo, Value = " 42 " });

        var condition = design.ToCondition(Fields);

        Assert.Equal("""{"all":[{"field":"contractValue","op":"gt","value":500000},{"field":"urgent","op":"equals","value":false},{"field":"subject","op":"equals","value":"42"}]}""",
            Json(condition));
    }

    [Theory]
    [InlineData(null, null, null, null, "condition-field-missing")]
    [InlineData("contractValue", null, null, null, "condition-operator-missing")]
    [InlineData("contractValue", ConditionOperator.GreaterThan, null, null, "condition-value-invalid")]
    [InlineData("contractValue", ConditionOperator.GreaterThan, "a lot", null, "condition-value-invalid")]
    [InlineData("contractValue", ConditionOperator.Between, "10", null, "condition-value-invalid")]
    [InlineData("contractValue", ConditionOperator.Between, "10", "5", "condition-value-invalid")]
    [InlineData("hearingDate", ConditionOperator.After, "31/01/2026", null, "condition-value-invalid")]
    [InlineData("area", ConditionOperator.EqualTo, "tax", null, "condition-value-invalid")]
    public void An_incomplete_row_is_named_by_the_validator_in_both_languages(string? field, ConditionOperator? op, string? value, string? upper, string code)
    {
        var design = DesignCondition.New();
        design.Rows[0] = new DesignComparison { Field = field, Op = op, Value = value, Upper = upper };

        var problem = Assert.Single(WorkflowValidator.Validate(With(design.ToCondition(Fields))));

        Assert.Equal(code, problem.Code);
        Assert.Equal("transitions[Go].when.all[0]", problem.Element);
        Assert.NotNull(problem.Arabic);
    }

    [Theory]
    [InlineData("P3D", 3, DurationUnit.Days)]
    [InlineData("PT10S", 10, DurationUnit.Seconds)]
    [InlineData("PT15M", 15, DurationUnit.Minutes)]
    [InlineData("PT4H", 4, DurationUnit.Hours)]
    [InlineData("P2W", 2, DurationUnit.Weeks)]
    [InlineData("P1M", 1, DurationUnit.Months)]
    [InlineData("P1Y", 1, DurationUnit.Years)]
    public void A_single_unit_duration_splits_into_number_and_unit_and_joins_back(string iso, int amount, DurationUnit unit)
    {
        Assert.Equal((amount, unit), DesignDuration.Split(iso));
        Assert.Equal(iso, DesignDuration.Join(amount, unit));
    }

    [Theory]
    [InlineData("P1DT2H")]
    [InlineData("3 days")]
    [InlineData("")]
    [InlineData(null)]
    public void A_duration_of_several_parts_or_none_has_no_picker_form(string? iso) => Assert.Null(DesignDuration.Split(iso));

    [Fact]
    public void Editing_approval_steps_as_text_keeps_each_steps_condition_in_its_place()
    {
        var when = Condition.Leaf("contractValue", ConditionOperator.GreaterThan, 100000);
        var steps = new List<ApprovalStepTemplate> { new(["AssignedLawyer"]), new(["Admin"]) { When = when } };

        var edited = DesignText.ParseSteps("all: AssignedLawyer\nany: Admin, LegalTeam", steps)!;

        Assert.Null(edited[0].When);
        Assert.Same(when, edited[1].When);
        Assert.Equal(ApprovalMode.Any, edited[1].Mode);
    }

    [Theory]
    [InlineData("transitions[Go].when.all[0]", "en", "Transition “Send to the board” › condition › row 1")]
    [InlineData("transitions[Go].when.all[0]", "ar", "الانتقال «إلى المجلس» ‹ الشرط ‹ الصف 1")]
    [InlineData("states[A].deadlines[1].comment", "en", "State “Prepared” › deadline 2 › reason")]
    [InlineData("states[A].approval[0].when.any[2]", "en", "State “Prepared” › approval step 1 › condition › row 3")]
    [InlineData("states[Gone].label.ar", "en", "State “Gone” › label › Arabic")]
    [InlineData("initialState", "ar", "الحالة الأولى")]
    public void A_validators_element_reads_in_words_with_the_drafts_labels(string element, string language, string words)
    {
        var draft = DesignDraft.From(With(Condition.Leaf("urgent", ConditionOperator.IsEmpty)));
        (draft.States[0].LabelEn, draft.States[0].LabelAr) = ("Prepared", "قيد الإعداد");
        (draft.Transitions[0].LabelEn, draft.Transitions[0].LabelAr) = ("Send to the board", "إلى المجلس");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            Assert.Equal(words, ElementWords.Describe(element, draft, Texts));
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    [Fact]
    public void A_condition_reads_as_a_sentence_with_the_fields_labels()
    {
        var condition = Condition.AllOf(Condition.Leaf("contractValue", ConditionOperator.Between, new[] { 1000, 5000 }),
            Condition.AnyOf(Condition.Leaf("urgent", ConditionOperator.EqualTo, true), Condition.Leaf("area", ConditionOperator.OneOf, new[] { "employment", "commercial" })),
            new Condition { Field = "subject", Op = ConditionOperator.Contains });
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            Assert.Equal("Contract value is between 1000 and 5000 and (Urgent equals yes or Practice area is one of “employment”, “commercial”) and Subject contains …",
                ConditionSentence.Describe(condition, Fields, Texts));
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
