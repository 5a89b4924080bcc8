using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Tests.Intake;

public sealed class RequestTypeSpecRulesTests
{
    static RequestTypeSpec Spec(params FieldDefinition[] fields) => new(
        Guid.NewGuid(), new("Consultation request", "طلب استشارة"), new("Ask a lawyer", "اسأل محاميًا"), null,
        RequestKind.Matter, "consultation-request", "General", Priority.Normal, null, Audience.AllClients, [], true, 48, fields);

    [Fact]
    public void A_well_formed_request_type_has_no_errors() =>
        Assert.Empty(RequestTypeSpecRules.Check(Spec(
            new FieldDefinition { Key = "subject", Type = FieldType.Text, Label = new("Subject", "الموضوع"), Required = true })));

    [Fact]
    public void A_label_without_arabic_is_refused() =>
        Assert.Contains("fields[0].label", RequestTypeSpecRules.Check(Spec(
            new FieldDefinition { Key = "subject", Type = FieldType.Text, Label = new("Subject", "") })).Keys);

    [Fact]
    public void A_condition_on_a_later_field_is_refused()
    {
        var errors = RequestTypeSpecRules.Check(Spec(
            new FieldDefinition { Key = "a", Type = FieldType.Text, Label = new("A", "أ"), Order = 1, VisibleWhen = new("b", ["x"]) },
            new FieldDefinition { Key = "b", Type = FieldType.Text, Label = new("B", "ب"), Order = 2 }));

        Assert.Contains("fields[0].visibleWhen", errors.Keys);
    }

    [Fact]
    public void Duplicate_keys_a_bad_pattern_and_a_choice_without_options_are_each_reported()
    {
        var errors = RequestTypeSpecRules.Check(Spec(
            new FieldDefinition { Key = "a", Type = FieldType.Text, Label = new("A", "أ"), Order = 1, Pattern = "([" },
            new FieldDefinition { Key = "a", Type = FieldType.SingleChoice, Label = new("A", "أ"), Order = 2 }));

        Assert.Contains("fields[0].pattern", errors.Keys);
        Assert.Contains("fields[1].key", errors.Keys);
        Assert.Contains("fields[1].options", errors.Keys);
    }

    [Fact]
    public void A_restricted_audience_without_anyone_in_it_is_refused() =>
        Assert.Contains("audienceIds", RequestTypeSpecRules.Check(Spec() with { Audience = Audience.Organizations }).Keys);
}
