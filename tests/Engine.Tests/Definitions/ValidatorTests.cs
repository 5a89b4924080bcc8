using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Definitions;

public class ValidatorTests
{
    static IReadOnlyList<ValidationMessage> Validate(JsonObject root) => WorkflowValidator.Validate(root.Parse());

    static void AssertReports(JsonObject root, string code, string element)
    {
        var messages = Validate(root);
        var message = Assert.Single(messages, m => m.Code == code && m.Element == element);
        // Every rule speaks both languages: the designer and the API show the reader's.
        Assert.Matches("[\u0600-\u06FF]", message.In("ar"));
        Assert.DoesNotMatch("[\u0600-\u06FF]", message.In("en").Replace(message.Element, ""));
    }

    [Fact]
    public void A_party_to_notify_that_does_not_exist_is_named_instead_of_notifying_nobody()
    {
        var root = Sample.Node();
        root.Transition("Submit")["notify"] = new JsonArray("Requester", "Partners");
        AssertReports(root, "party-unknown", "transitions[Submit].notify");
    }

    // Each field rule on the sample's one field (dueDate, a date): the element names the field.
    [Theory]
    [InlineData("""{ "name": "due date", "type": "date", "label": { "en": "Due", "ar": "الاستحقاق" } }""", "field-name-invalid", "fields")]
    [InlineData("""{ "name": "", "type": "date", "label": { "en": "Due", "ar": "الاستحقاق" } }""", "field-name-invalid", "fields")]
    [InlineData("""{ "name": "dueDate", "type": "text", "label": { "en": "Due", "ar": "الاستحقاق" } }""", "field-duplicate", "fields[dueDate]")]
    [InlineData("""{ "name": "Comment", "type": "text", "label": { "en": "Note", "ar": "ملاحظة" } }""", "field-reserved", "fields[Comment]")]
    [InlineData("""{ "name": "court", "type": "text", "options": ["Riyadh"], "label": { "en": "Court", "ar": "المحكمة" } }""", "field-options-misplaced", "fields[court].options")]
    [InlineData("""{ "name": "court", "type": "choice", "options": ["Riyadh", " "], "label": { "en": "Court", "ar": "المحكمة" } }""", "field-option-blank", "fields[court].options")]
    [InlineData("""{ "name": "court", "type": "choice", "options": ["Riyadh", "Riyadh"], "label": { "en": "Court", "ar": "المحكمة" } }""", "field-option-duplicate", "fields[court].options")]
    public void A_field_that_nothing_could_read_reliably_is_refused_with_its_name(string field, string code, string element)
    {
        var root = Sample.Node();
        root["fields"]!.AsArray().Add(JsonNode.Parse(field));
        AssertReports(root, code, element);
    }

    [Fact]
    public void A_choice_field_with_distinct_options_is_valid()
    {
        var root = Sample.Node();
        root["fields"]!.AsArray().Add(JsonNode.Parse("""{ "name": "court", "type": "choice", "options": ["Riyadh", "Jeddah"], "label": { "en": "Court", "ar": "المحكمة" } }"""));
        Assert.Empty(Validate(root));
    }

    [Fact]
    public void The_sample_is_valid() => Assert.Empty(WorkflowValidator.Validate(Sample.Definition));

    [Fact]
    public void Unknown_target_state_is_named()
    {
        var root = Sample.Node();
        root.Transition("Submit")["to"] = "Reveiw";
        AssertReports(root, "state-unknown", "transitions[Submit].to");
    }

    [Fact]
    public void Unknown_source_state_is_named()
    {
        var root = Sample.Node();
        root.Transition("Submit")["from"] = new JsonArray("Draft", "Nowhere");
        AssertReports(root, "state-unknown", "transitions[Submit].from");
    }

    [Fact]
    public void Unknown_initial_state_is_named()
    {
        var root = Sample.Node();
        root["initialState"] = "Start";
        AssertReports(root, "state-unknown", "initialState");
    }

    [Fact]
    public void Unreachable_state_is_named()
    {
        var root = Sample.Node();
        root["states"]!.AsArray().Add(JsonNode.Parse("""{ "name": "Limbo", "category": "Done", "final": true, "label": { "en": "Limbo", "ar": "معلق" } }"""));
        AssertReports(root, "state-unreachable", "states[Limbo]");
    }

    [Fact]
    public void A_definition_without_a_final_state_is_rejected()
    {
        var root = Sample.Node();
        foreach (var state in root["states"]!.AsArray())
            state!.AsObject().Remove("final");
        AssertReports(root, "final-state-missing", "states");
    }

    [Fact]
    public void A_non_final_state_without_a_way_out_is_rejected()
    {
        var root = Sample.Node();
        root["states"]!.AsArray().Add(JsonNode.Parse("""{ "name": "Stuck", "category": "InProgress", "label": { "en": "Stuck", "ar": "عالق" } }"""));
        root.AddTransition("""{ "trigger": "Park", "from": "Draft", "to": "Stuck", "allowed": ["Admin"], "label": { "en": "Park", "ar": "إيقاف" } }""");
        // Cancel from "*" still leaves Stuck, so only a final-less dead end is reported when * is gone.
        Assert.Empty(Validate(root));
        root["transitions"]!.AsArray().Remove(root.Transition("Cancel"));
        AssertReports(root, "state-dead-end", "states[Stuck]");
    }

    [Fact]
    public void A_trigger_leading_to_two_states_from_one_state_is_ambiguous()
    {
        var root = Sample.Node();
        root.AddTransition("""{ "trigger": "Submit", "from": "Draft", "to": "Cancelled", "allowed": ["Admin"], "label": { "en": "Submit", "ar": "تقديم" } }""");
        AssertReports(root, "trigger-ambiguous", "transitions[Submit]");
    }

    [Fact]
    public void A_global_trigger_that_a_state_also_declares_is_ambiguous()
    {
        var root = Sample.Node();
        root.AddTransition("""{ "trigger": "Cancel", "from": "Draft", "to": "Done", "allowed": ["Admin"], "label": { "en": "Cancel", "ar": "إلغاء" } }""");
        AssertReports(root, "trigger-ambiguous", "transitions[Cancel]");
    }

    [Theory]
    [InlineData("name", "name.ar")]
    public void A_missing_arabic_name_is_named(string member, string element)
    {
        var root = Sample.Node();
        root[member]!.AsObject().Remove("ar");
        AssertReports(root, "label-missing", element);
    }

    [Fact]
    public void Missing_state_and_transition_labels_are_named_per_language()
    {
        var root = Sample.Node();
        root.State("Approval")["label"]!.AsObject()["ar"] = " ";
        root.Transition("Submit").Remove("label");
        var messages = Validate(root);
        Assert.Contains(messages, m => m is { Code: "label-missing", Element: "states[Approval].label.ar" });
        Assert.Contains(messages, m => m is { Code: "label-missing", Element: "transitions[Submit].label.en" });
        Assert.Contains(messages, m => m is { Code: "label-missing", Element: "transitions[Submit].label.ar" });
    }

    [Fact]
    public void A_requester_allowed_to_approve_is_rejected()
    {
        var root = Sample.Node();
        root.Transition("Approve")["allowed"] = new JsonArray("Requester");
        AssertReports(root, "decision-open-to-client", "transitions[Approve]");
    }

    [Theory]
    [InlineData("ApproveContract")]
    [InlineData("RejectOffer")]
    [InlineData("SignAgreement")]
    public void An_ordinary_transition_named_like_a_decision_cannot_be_open_to_the_requester(string trigger)
    {
        var root = Sample.Node().AddTransition(
            $$"""{ "trigger": "{{trigger}}", "from": "Draft", "to": "Done", "allowed": ["Requester"], "label": { "en": "x", "ar": "س" } }""");
        AssertReports(root, "decision-open-to-client", $"transitions[{trigger}]");
    }

    [Fact]
    public void A_client_named_as_default_signer_is_rejected()
    {
        var root = Sample.Node();
        root.State("Signing")["signers"] = new JsonArray("LegalTeam", "Client");
        AssertReports(root, "decision-open-to-client", "states[Signing]");
    }

    [Fact]
    public void An_approval_state_without_a_rejection_is_rejected()
    {
        var root = Sample.Node();
        root["transitions"]!.AsArray().Remove(root.Transition("Reject"));
        AssertReports(root, "task-outcome-missing", "states[Approval]");
    }

    [Fact]
    public void An_unknown_role_and_an_undeclared_field_are_named()
    {
        var root = Sample.Node();
        root.Transition("Submit")["allowed"] = new JsonArray("LegalTeem");
        root.Transition("Submit")["requires"] = new JsonArray("dueDate", "budget");
        var messages = Validate(root);
        Assert.Contains(messages, m => m is { Code: "role-unknown", Element: "transitions[Submit].allowed" });
        Assert.Contains(messages, m => m is { Code: "field-unknown", Element: "transitions[Submit].requires" } && m.Message.Contains("budget"));
    }

    [Fact]
    public void Malformed_json_names_the_path_at_fault()
    {
        var root = Sample.Node();
        root.State("Draft")["category"] = "Finished";
        var parsed = WorkflowJson.Parse(root.ToJsonString());
        var invalid = Assert.IsType<Invalid>(parsed.Error);
        Assert.Equal("definition-malformed", invalid.Code);
        Assert.Contains(invalid.Errors.Keys, k => k.StartsWith("$.states[0].category", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_member_is_refused_rather_than_ignored()
    {
        var root = Sample.Node();
        root.Transition("Submit")["alowed"] = new JsonArray("Admin");
        Assert.IsType<Invalid>(WorkflowJson.Parse(root.ToJsonString()).Error);
    }
}
