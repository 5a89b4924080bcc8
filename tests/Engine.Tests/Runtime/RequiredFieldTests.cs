using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Runtime;

public class RequiredFieldTests
{
    static async Task<(TestEngine Engine, Guid Id)> StartWithRequiredSubmit()
    {
        var root = Sample.Node();
        root.Transition("Submit")["requires"] = new System.Text.Json.Nodes.JsonArray("comment", "dueDate");
        var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(root.ToJsonString());
        return (engine, await engine.StartAsync(Sample.Key));
    }

    [Fact]
    public async Task Every_missing_field_is_reported_at_once_and_nothing_moves()
    {
        var (engine, id) = await StartWithRequiredSubmit();
        await using var _ = engine;
        var invalid = Assert.IsType<Invalid>((await engine.FireAsync(id, People.Client, "Submit")).Error);
        Assert.Equal(["comment", "dueDate"], invalid.Errors.Keys.Order());
        var view = await engine.ViewAsync(id);
        Assert.Equal("Draft", view.State);
        Assert.Single(view.History);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_or_an_unknown_field_is_invalid()
    {
        var (engine, id) = await StartWithRequiredSubmit();
        await using var _ = engine;
        var fields = new Dictionary<string, string> { ["dueDate"] = "31/01/2026", ["budget"] = "10" };
        var invalid = Assert.IsType<Invalid>((await engine.FireAsync(id, People.Client, "Submit", "Please review.", fields)).Error);
        Assert.Equal(["budget", "dueDate"], invalid.Errors.Keys.Order());
    }

    [Fact]
    public async Task Filled_fields_and_the_comment_are_kept_in_the_history()
    {
        var (engine, id) = await StartWithRequiredSubmit();
        await using var _ = engine;
        await engine.MustFireAsync(id, People.Client, "Submit", "  Please review by month end. ", new Dictionary<string, string> { ["dueDate"] = "2026-03-31" });
        var entry = (await engine.ViewAsync(id)).History[^1];
        Assert.Equal("Please review by month end.", entry.Comment);
        Assert.Equal("2026-03-31", entry.Fields["dueDate"]);
        Assert.Equal(People.Client.DisplayName, entry.ActorName);
    }

    [Fact]
    public async Task Available_actions_describe_the_fields_to_fill_in_both_languages()
    {
        var (engine, id) = await StartWithRequiredSubmit();
        await using var _ = engine;
        var submit = (await engine.ViewAsync(id, People.Client)).Actions.Single();
        Assert.True(submit.RequiresComment);
        var field = Assert.Single(submit.Fields);
        Assert.Equal(("dueDate", FieldType.Date, "Due date", "تاريخ الاستحقاق"), (field.Name, field.Type, field.Label.En, field.Label.Ar));
        Assert.Equal("تقديم", submit.Label.In("ar"));
    }
}
