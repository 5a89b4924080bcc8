using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Conditions;

public class RoutingTests
{
    static async Task<TestEngine> EngineAsync()
    {
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Routed.Json);
        return engine;
    }

    static async Task<Guid> StartWithAsync(TestEngine engine, string value)
    {
        await using var db = engine.NewDb();
        var data = InstanceData.From([new("contractValue", InstanceValue.Of(FieldType.Money, value))]);
        var started = await engine.Runner.StartAsync(db, "routed", new WorkflowSubject("Contract", Guid.NewGuid().ToString()), People.Lawyer, data: data);
        Assert.True((await engine.Runner.SaveAsync(db)).IsSuccess);
        return started.Value.Instance.Id;
    }

    [Theory]
    [InlineData("750000", "BoardApproval")]
    [InlineData("500000", "Approval")]
    [InlineData("1200", "Approval")]
    public async Task The_submitted_value_chooses_the_approval(string value, string expected)
    {
        await using var engine = await EngineAsync();
        var id = await StartWithAsync(engine, value);
        var fired = await engine.MustFireAsync(id, People.Lawyer, "SubmitForApproval");
        Assert.Equal(expected, fired.Instance.State);
    }

    [Fact]
    public async Task Without_the_value_the_otherwise_branch_is_taken()
    {
        await using var engine = await EngineAsync();
        var id = await engine.StartAsync("routed", People.Lawyer);
        Assert.Equal("Approval", (await engine.MustFireAsync(id, People.Lawyer, "SubmitForApproval")).Instance.State);
    }

    [Fact]
    public async Task A_value_given_with_the_step_routes_it_and_joins_the_data()
    {
        await using var engine = await EngineAsync();
        var id = await engine.StartAsync("routed", People.Lawyer);
        await engine.MustFireAsync(id, People.Lawyer, "SubmitForApproval", fields: new Dictionary<string, string> { ["contractValue"] = "900000" });
        var view = await engine.ViewAsync(id);
        Assert.Equal("BoardApproval", view.State);
        var value = Assert.Single(view.Data);
        Assert.Equal(("contractValue", FieldType.Money, "900000"), (value.Name, value.Type, value.Values.Single()));
        Assert.Equal("Contract value", value.Label!.En);
    }

    [Fact]
    public async Task The_action_shows_once_with_the_target_the_data_routes_to()
    {
        await using var engine = await EngineAsync();
        var id = await StartWithAsync(engine, "600000");
        var actions = (await engine.ViewAsync(id, People.Lawyer)).Actions;
        var submit = Assert.Single(actions, a => a.Trigger == "SubmitForApproval");
        Assert.Equal("BoardApproval", submit.To);
    }

    [Fact]
    public async Task The_data_survives_a_reload_and_the_history_keeps_the_fields()
    {
        await using var engine = await EngineAsync();
        var id = await StartWithAsync(engine, "10");
        await engine.MustFireAsync(id, People.Lawyer, "SubmitForApproval", fields: new Dictionary<string, string> { ["area"] = "employment" });
        var view = await engine.ViewAsync(id);
        Assert.Equal(["area", "contractValue"], view.Data.Select(d => d.Name));
        Assert.Equal("employment", view.History[^1].Fields["area"]);
    }

    [Fact]
    public async Task A_choice_outside_its_options_is_refused()
    {
        await using var engine = await EngineAsync();
        var id = await engine.StartAsync("routed", People.Lawyer);
        var fired = await engine.FireAsync(id, People.Lawyer, "SubmitForApproval", fields: new Dictionary<string, string> { ["area"] = "space" });
        var invalid = Assert.IsType<Invalid>(fired.Error);
        Assert.Contains("area", invalid.Errors.Keys);
    }
}
