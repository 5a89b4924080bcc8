using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Tests.Intake;

public sealed class FormValidatorTests
{
    static readonly IReadOnlyList<FieldDefinition> Consultation =
    [
        new() { Key = "subject", Type = FieldType.Text, Label = new("Subject", "الموضوع"), Required = true, MaxLength = 120, Order = 1 },
        new() { Key = "details", Type = FieldType.LongText, Label = new("Details", "التفاصيل"), Required = true, MinLength = 10, Order = 2 },
        new()
        {
            Key = "urgent", Type = FieldType.YesNo, Label = new("Urgent?", "عاجل؟"), Order = 3,
        },
        new()
        {
            Key = "deadline", Type = FieldType.Date, Label = new("Deadline", "الموعد النهائي"), Required = true, Order = 4,
            VisibleWhen = new FieldCondition("urgent", ["true"]),
        },
        new()
        {
            Key = "area", Type = FieldType.SingleChoice, Label = new("Area", "المجال"), Order = 5,
            Options = [new("labour", new("Labour", "العمل")), new("commercial", new("Commercial", "التجاري"))],
        },
        new() { Key = "amount", Type = FieldType.Money, Label = new("Amount", "المبلغ"), Min = 0, Max = 1_000_000, Order = 6 },
        new() { Key = "reference", Type = FieldType.Text, Label = new("Reference", "المرجع"), Pattern = "^[A-Z]{2}-[0-9]{4}$", Order = 7 },
        new() { Key = "email", Type = FieldType.Email, Label = new("Contact email", "البريد"), Order = 8 },
        new() { Key = "phone", Type = FieldType.Phone, Label = new("Phone", "الهاتف"), Order = 9 },
    ];

    static Dictionary<string, string[]> Valid() => new()
    {
        ["subject"] = ["Employment contract dispute"],
        ["details"] = ["My employer has not paid three months of salary."],
    };

    [Fact]
    public void A_complete_form_is_accepted_with_canonical_values()
    {
        var input = Valid();
        input["amount"] = ["1500.5"];
        input["urgent"] = ["yes"];
        input["deadline"] = ["2027-01-31"];

        var result = FormValidator.Validate(Consultation, input, "en");

        Assert.True(result.IsSuccess);
        Assert.Equal(["true"], result.Value["urgent"]!.Values);
        Assert.Equal(["1500.5"], result.Value["amount"]!.Values);
        Assert.Equal(["2027-01-31"], result.Value["deadline"]!.Values);
    }

    [Fact]
    public void A_missing_required_field_is_reported_by_name_in_the_person_language()
    {
        var input = Valid();
        input.Remove("subject");

        var english = FormValidator.Validate(Consultation, input, "en");
        var arabic = FormValidator.Validate(Consultation, input, "ar");

        Assert.Equal("Subject is required.", Assert.Single(english.Error.Fields!["subject"]));
        Assert.Equal("حقل «الموضوع» مطلوب.", Assert.Single(arabic.Error.Fields!["subject"]));
    }

    [Fact]
    public void A_hidden_conditional_field_is_neither_required_nor_stored()
    {
        var input = Valid();
        input["urgent"] = ["false"];
        input["deadline"] = ["2027-01-31"]; // sent anyway by a stale browser

        var result = FormValidator.Validate(Consultation, input, "en");

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value["deadline"]);
    }

    [Fact]
    public void A_shown_conditional_field_becomes_required()
    {
        var input = Valid();
        input["urgent"] = ["true"];

        var result = FormValidator.Validate(Consultation, input, "en");

        Assert.False(result.IsSuccess);
        Assert.Equal(["deadline"], result.Error.Fields!.Keys);
    }

    [Theory]
    [InlineData("reference", "ab-12", "Reference is not in the expected format.")]
    [InlineData("amount", "12.345", "Amount must be an amount with at most two decimals.")]
    [InlineData("amount", "2000000", "Amount must be at most 1000000.")]
    [InlineData("amount", "1,000", "Amount must be an amount with at most two decimals.")]
    [InlineData("area", "criminal", "Area must be one of the listed options.")]
    [InlineData("email", "not an email", "Contact email must be a valid email address.")]
    [InlineData("phone", "call me", "Phone must be a valid phone number.")]
    [InlineData("details", "short", "Details must be at least 10 characters.")]
    [InlineData("urgent", "maybe", "Urgent? must be yes or no.")]
    public void A_value_of_the_wrong_shape_is_refused_with_a_clear_message(string key, string value, string message)
    {
        var input = Valid();
        input[key] = [value];

        var result = FormValidator.Validate(Consultation, input, "en");

        Assert.False(result.IsSuccess);
        Assert.Equal(message, Assert.Single(result.Error.Fields![key]));
    }

    [Fact]
    public void A_field_the_form_does_not_have_is_refused()
    {
        var input = Valid();
        input["isAdmin"] = ["true"];

        var result = FormValidator.Validate(Consultation, input, "en");

        Assert.Contains("isAdmin", result.Error.Fields!.Keys);
    }

    [Fact]
    public void Two_values_for_a_single_value_field_are_refused()
    {
        var input = Valid();
        input["subject"] = ["one", "two"];

        Assert.False(FormValidator.Validate(Consultation, input, "en").IsSuccess);
    }
}
