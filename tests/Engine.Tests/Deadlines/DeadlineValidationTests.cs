using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Tests.Deadlines;

public class DeadlineValidationTests
{
    static IReadOnlyList<ValidationMessage> With(string deadline)
    {
        var root = JsonNode.Parse(Timed.Json)!.AsObject();
        var waiting = root["states"]!.AsArray()[1]!.AsObject();
        waiting["deadlines"] = new JsonArray(JsonNode.Parse(deadline));
        return WorkflowValidator.Validate(WorkflowJson.Parse(root.ToJsonString()).Value);
    }

    [Fact]
    public void The_timed_definition_is_valid() => Assert.Empty(WorkflowValidator.Validate(WorkflowJson.Parse(Timed.Json).Value));

    [Theory]
    [InlineData("""{ "after": "3 days", "remind": ["Requester"], "comment": { "en": "x", "ar": "س" } }""", "deadline-duration-invalid", ".after")]
    [InlineData("""{ "remind": ["Requester"], "comment": { "en": "x", "ar": "س" } }""", "deadline-when-missing", ".after")]
    [InlineData("""{ "after": "P1D", "comment": { "en": "x", "ar": "س" } }""", "deadline-does-nothing", "")]
    [InlineData("""{ "after": "P1D", "remind": ["Boss"], "comment": { "en": "x", "ar": "س" } }""", "deadline-party-unknown", ".remind")]
    [InlineData("""{ "after": "P1D", "escalate": ["Boss"], "comment": { "en": "x", "ar": "س" } }""", "deadline-party-unknown", ".escalate")]
    [InlineData("""{ "after": "P1D", "fire": "Vanish", "comment": { "en": "x", "ar": "س" } }""", "deadline-trigger-unknown", ".fire")]
    [InlineData("""{ "after": "P1D", "fire": "Close", "comment": { "en": "x" } }""", "deadline-comment-missing", ".comment")]
    [InlineData("""{ "field": "title", "before": "P7D", "remind": ["Requester"], "comment": { "en": "x", "ar": "س" } }""", "deadline-field-not-date", ".field")]
    [InlineData("""{ "before": "P7D", "remind": ["Requester"], "comment": { "en": "x", "ar": "س" } }""", "deadline-before-without-field", ".before")]
    [InlineData("""{ "after": "P1D", "fire": "Close", "public": true, "comment": { "en": "x", "ar": "س" } }""", "deadline-notice-missing", ".notice")]
    [InlineData("""{ "after": "P1D", "remind": ["Approvers"], "comment": { "en": "x", "ar": "س" } }""", "deadline-approvers-outside-round", "")]
    [InlineData("""{ "after": "P1D", "fire": "Close", "public": true, "notice": { "en": "By then" }, "comment": { "en": "x", "ar": "س" } }""", "deadline-notice-missing", ".notice")]
    [InlineData("""{ "after": "P1D", "fire": "Close", "notice": { "en": "By then", "ar": "بحلوله" }, "comment": { "en": "x", "ar": "س" } }""", "deadline-notice-not-public", ".notice")]
    public void A_deadline_that_could_never_work_is_named_in_both_languages(string deadline, string code, string suffix)
    {
        var message = Assert.Single(With(deadline), m => m.Code == code);
        Assert.Equal("states[Waiting].deadlines[0]" + suffix, message.Element);
        Assert.False(string.IsNullOrWhiteSpace(message.Arabic));
    }

    [Fact]
    public void Deadlines_round_trip_through_json()
    {
        var written = WorkflowJson.Write(WorkflowJson.Parse(Timed.Json).Value);
        Assert.Equal(written, WorkflowJson.Write(WorkflowJson.Parse(written).Value));
        Assert.Contains("\"calendar\": \"business\"", written);
        Assert.Contains("\"before\": \"P7D\"", written);
    }

    [Fact]
    public void A_public_deadline_keeps_its_notice_through_json()
    {
        var root = JsonNode.Parse(Timed.Json)!.AsObject();
        root["states"]!.AsArray()[1]!["deadlines"] = new JsonArray(JsonNode.Parse(
            """{ "after": "P1D", "fire": "Close", "public": true, "notice": { "en": "Answer by then", "ar": "أجب بحلوله" }, "comment": { "en": "x", "ar": "س" } }"""));
        var definition = WorkflowJson.Parse(root.ToJsonString()).Value;
        Assert.Empty(WorkflowValidator.Validate(definition));
        var again = WorkflowJson.Parse(WorkflowJson.Write(definition)).Value.FindState("Waiting")!.Deadlines.Single();
        Assert.True(again.Public);
        Assert.Equal(new LocalizedText("Answer by then", "أجب بحلوله"), again.Notice);
    }
}
