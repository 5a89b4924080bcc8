using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Processes.Designer;

namespace WorkflowPortal.Api.Tests.Designer;

public sealed class DesignDraftTests
{
    public static TheoryData<string> Files => [.. Directory.GetFiles(Workflows, "*.json")
        .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>()];

    static string Workflows => Path.Combine(RepositoryPaths.Root, "workflows");

    static WorkflowDefinition Load(string file) => WorkflowJson.Parse(File.ReadAllText(Path.Combine(Workflows, file))).Value;

    static WorkflowDefinition Placed(WorkflowDefinition d) =>
        d with { States = [.. d.States.Select((s, i) => s with { Position = new(100 + i * 37.5, 20 + i * 11) })] };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_default_workflow_with_positions_comes_back_from_the_canvas_model_unchanged(string file)
    {
        var definition = Placed(Load(file));

        var again = DesignDraft.From(definition).ToDefinition();

        Assert.Equal(WorkflowJson.Write(definition), WorkflowJson.Write(again));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_workflow_without_positions_gets_the_layout_and_otherwise_reads_the_same(string file)
    {
        var definition = Load(file);

        var again = DesignDraft.From(definition).ToDefinition();

        Assert.All(again.States, s => Assert.NotNull(s.Position));
        Assert.Equal(WorkflowJson.Write(definition), WorkflowJson.Write(again with { States = [.. again.States.Select(s => s with { Position = null })] }));
    }

    [Fact]
    public void The_layout_puts_each_state_one_column_after_the_state_that_first_reaches_it()
    {
        var definition = new WorkflowDefinition("x", "A",
            [new("A", StateCategory.Open), new("B", StateCategory.InProgress), new("C", StateCategory.InProgress), new("D", StateCategory.Done), new("Lost", StateCategory.Done)],
            [new("Go", ["A"], "B"), new("Also", ["A"], "C"), new("End", ["B", "C"], "D"), new("Cancel", ["*"], "D")]);

        var layout = WorkflowLayout.Arrange(definition);

        Assert.Equal(new StatePosition(40, 40), layout["A"]);
        Assert.Equal(new StatePosition(360, 40), layout["B"]);
        Assert.Equal(new StatePosition(360, 180), layout["C"]);
        Assert.Equal(new StatePosition(680, 40), layout["D"]);
        Assert.Equal(new StatePosition(1000, 40), layout["Lost"]);
    }

    [Fact]
    public void Building_from_nothing_gives_a_definition_the_validator_accepts_once_labelled()
    {
        var draft = DesignDraft.Empty("hr-complaint", "HR complaint", "شكوى موارد بشرية");
        var received = draft.AddState(0, 0);
        var review = draft.AddState(200, 0);
        var closed = draft.AddState(400, 0);
        closed.Final = true;
        var start = draft.Connect(received.Name, review.Name);
        var close = draft.Connect(review.Name, closed.Name);
        close.Requires = ["comment"];
        Assert.Contains(WorkflowValidator.Validate(draft.ToDefinition()), m => m.Code == "label-missing" && m.Element == $"states[{received.Name}].label.en");

        foreach (var (state, i) in draft.States.Select((s, i) => (s, i))) (state.LabelEn, state.LabelAr) = ($"Step {i}", $"خطوة {i}");
        foreach (var t in draft.Transitions) (t.LabelEn, t.LabelAr) = (t.Trigger, "انتقال");
        draft.RenameState(review, "Review");

        var definition = draft.ToDefinition();
        Assert.Empty(WorkflowValidator.Validate(definition));
        Assert.Equal("State1", definition.InitialState);
        Assert.Equal(["Review"], definition.Transitions[1].From);
        Assert.Equal("Review", start.To);
    }

    [Fact]
    public void Renaming_a_field_renames_what_reads_it_and_a_field_in_use_names_its_readers()
    {
        var draft = DesignDraft.From(Load("litigation-case.json"));
        var index = draft.Fields.FindIndex(f => f.Name == "hearingDate");
        var readers = draft.FieldUses("hearingDate");
        Assert.NotEmpty(readers);

        draft.RenameField(index, "firstHearing");

        var definition = draft.ToDefinition();
        Assert.Empty(WorkflowValidator.Validate(definition));
        Assert.Equal(readers, draft.FieldUses("firstHearing"));
        Assert.Empty(draft.FieldUses("hearingDate"));
        Assert.DoesNotContain("hearingDate", WorkflowJson.Write(definition), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_field_is_named_uniquely_and_must_be_labelled_before_the_draft_validates()
    {
        var draft = DesignDraft.From(Load("consultation-request.json"));
        var first = draft.AddField();
        var second = draft.AddField();

        Assert.Equal(["field1", "field2"], new[] { first.Name, second.Name });
        Assert.Contains(WorkflowValidator.Validate(draft.ToDefinition()), m => m.Code == "label-missing" && m.Element == "fields[field1].label.en");
    }

    [Fact]
    public void Removing_a_state_takes_its_transitions_along()
    {
        var draft = DesignDraft.From(Load("consultation-request.json"));
        var before = draft.Transitions.Count;

        draft.RemoveState(draft.FindState("Closed")!);

        Assert.DoesNotContain(draft.Transitions, t => t.To == "Closed" || t.From.Contains("Closed"));
        Assert.True(draft.Transitions.Count < before);
    }

    [Fact]
    public void Publishing_lists_states_and_transitions_added_removed_and_changed_but_not_moves()
    {
        var published = Load("consultation-request.json");
        var draft = DesignDraft.From(published);
        draft.States[0].LabelEn = "Received by us";
        draft.States[1].X += 500;
        var added = draft.AddState(0, 0);
        draft.RemoveTransition(draft.Transitions[^1]);

        var changes = DefinitionChanges.Between(published, draft.ToDefinition());

        Assert.Equal([added.Name], changes.StatesAdded);
        Assert.Equal([published.States[0].Name], changes.StatesChanged);
        Assert.Equal([published.Transitions[^1].Trigger], changes.TransitionsRemoved);
        Assert.Empty(changes.TransitionsAdded);
        Assert.Empty(changes.StatesRemoved);
    }
}
