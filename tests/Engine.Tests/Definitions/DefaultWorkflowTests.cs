using System.Text.Json;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Definitions;

public class DefaultWorkflowTests
{
    public static TheoryData<string> Files => [.. Repository.DefinitionFiles.Select(Path.GetFileName).OfType<string>()];

    static WorkflowDefinition Load(string file) =>
        WorkflowJson.Parse(File.ReadAllText(Path.Combine(Repository.Workflows, file))).Value;

    [Fact]
    public void The_five_default_workflows_ship_in_the_workflows_folder()
    {
        Assert.Equal(
            ["consultation-request", "contract-from-template", "contract-request", "contract-review", "litigation-case"],
            Repository.DefinitionFiles.Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_default_workflow_parses_and_validates(string file)
    {
        var parsed = WorkflowJson.Parse(File.ReadAllText(Path.Combine(Repository.Workflows, file)));
        Assert.True(parsed.IsSuccess, parsed.Error?.ToString());
        Assert.Empty(WorkflowValidator.Validate(parsed.Value));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), parsed.Value.Key);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_label_has_real_arabic_text(string file)
    {
        var definition = Load(file);
        var labels = new[] { definition.Name! }
            .Concat(definition.States.Select(s => s.Label!))
            .Concat(definition.States.Select(s => s.ClientLabel).OfType<LocalizedText>())
            .Concat(definition.Transitions.Select(t => t.Label!))
            .Concat(definition.Fields.Select(f => f.Label!));
        Assert.All(labels, label => Assert.Contains(label.Ar!, c => c is >= '\u0600' and <= '\u06FF'));
        Assert.All(labels, label => Assert.DoesNotContain(label.En!, c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Theory]
    [InlineData("contract-request")]
    [InlineData("contract-review")]
    [InlineData("contract-from-template")]
    public void Contracts_pass_through_approval_and_signature(string key)
    {
        var definition = Load(key + ".json");
        Assert.Contains(definition.States, s => s.Kind == StateKind.Approval);
        Assert.Contains(definition.States, s => s.Kind == StateKind.Signature);
    }

    [Theory]
    [InlineData("consultation-request")]
    [InlineData("litigation-case")]
    public void Requests_can_wait_on_the_requester(string key) =>
        Assert.Contains(Load(key + ".json").States, s => s.WaitingOn == "Requester");

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_of_a_default_workflow_reads_back_identically(string file)
    {
        var definition = Load(file);
        var again = WorkflowJson.Parse(WorkflowJson.Write(definition)).Value;
        Assert.Equal(WorkflowJson.Write(definition), WorkflowJson.Write(again));
        Assert.Equal(definition.States.Count, again.States.Count);
    }

    [Fact]
    public void State_positions_survive_a_write_and_read_and_change_nothing_the_runtime_sees()
    {
        var definition = Load("consultation-request.json");
        var placed = definition with { States = [.. definition.States.Select((s, i) => s with { Position = new(40 + i * 220, 80.5) })] };

        var json = WorkflowJson.Write(placed);
        var again = WorkflowJson.Parse(json).Value;

        Assert.Contains("\"position\": {", json);
        Assert.Equal(placed.States.Select(s => s.Position), again.States.Select(s => s.Position));
        Assert.Equal(WorkflowValidator.Validate(definition), WorkflowValidator.Validate(again));
        Assert.DoesNotContain("position", WorkflowJson.Write(definition));
    }

    // The schema is published for editors and other tools: it must list exactly what the engine reads.
    [Fact]
    public void Schema_names_every_member_the_engine_reads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Workflows, "workflow.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");
        static string[] Names(JsonElement e) => [.. e.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order()];

        var full = Load("contract-request.json") with { Version = 3, Fields = [new("x", new("X", "س"))] };
        using var written = JsonDocument.Parse(WorkflowJson.Write(full));
        Assert.Superset(written.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(), Names(schema.RootElement).ToHashSet());

        Assert.Equal(Members<StateDefinition>(), Names(defs.GetProperty("state")));
        Assert.Equal(Members<TransitionDefinition>(), Names(defs.GetProperty("transition")));
        Assert.Equal(Members<FieldDefinition>(), Names(defs.GetProperty("field")));
        Assert.Equal(Members<Engine.Conditions.Condition>(), Names(defs.GetProperty("condition")));
        Assert.Equal(["Admin", "AssignedLawyer", "Collaborator", "LegalTeam", "Requester"],
            defs.GetProperty("role").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Order());
    }

    static string[] Members<T>() =>
    [
        .. typeof(T).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false).Length == 0)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
    ];
}
