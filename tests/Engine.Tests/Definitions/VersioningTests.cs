using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Tests.Harness;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Definitions;

public class VersioningTests
{
    // Version 2 puts a triage step between Draft and Approval.
    static string WithTriage()
    {
        var root = Sample.Node();
        root["states"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
            """{ "name": "Triage", "category": "InProgress", "label": { "en": "Triage", "ar": "الفرز" } }"""));
        root.Transition("Submit")["to"] = "Triage";
        root.AddTransition("""{ "trigger": "Accept", "from": "Triage", "to": "Approval", "allowed": ["LegalTeam"], "label": { "en": "Accept", "ar": "قبول" } }""");
        return root.ToJsonString();
    }

    [Fact]
    public Task An_instance_started_on_v1_keeps_v1_after_v2_is_published() => PinnedToV1(TestEngine.SqliteAsync);

    [PostgresFact]
    public Task An_instance_started_on_v1_keeps_v1_after_v2_is_published_on_postgres() => PinnedToV1(TestEngine.PostgresAsync);

    static async Task PinnedToV1(Func<Task<TestEngine>> create)
    {
        await using var engine = await create();
        await engine.PublishAsync(Sample.Json);
        var onV1 = await engine.StartAsync(Sample.Key);

        Assert.Equal(2, (await engine.PublishAsync(WithTriage())).Version);
        var onV2 = await engine.StartAsync(Sample.Key);

        Assert.Equal("Approval", (await engine.MustFireAsync(onV1, People.Client, "Submit")).Instance.State);
        Assert.Equal("Triage", (await engine.MustFireAsync(onV2, People.Client, "Submit")).Instance.State);
        Assert.Equal(1, (await engine.ViewAsync(onV1)).DefinitionVersion);
        Assert.Equal(2, (await engine.ViewAsync(onV2)).DefinitionVersion);
    }

    [Fact]
    public async Task Editing_a_published_version_makes_a_draft_and_never_changes_the_original()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        await using var db = engine.NewDb();
        var before = (await engine.Definitions.ExportAsync(db, Sample.Key, 1)).Value;

        var draft = (await engine.Definitions.SaveDraftAsync(db, WithTriage())).Value;
        var again = (await engine.Definitions.SaveDraftAsync(db, WithTriage())).Value;

        Assert.Equal((2, DefinitionStatus.Draft), (draft.Draft.Version, draft.Draft.Status));
        Assert.Equal(2, again.Draft.Version);
        Assert.Empty(draft.Problems);
        Assert.Equal(before, (await engine.Definitions.ExportAsync(db, Sample.Key, 1)).Value);
        Assert.Equal(1, (await engine.Definitions.GetPublishedAsync(db, Sample.Key)).Value.Version);
        Assert.Equal(2, (await engine.Definitions.GetLatestAsync(db, Sample.Key)).Value.Version);
        Assert.Equal([DefinitionStatus.Published, DefinitionStatus.Draft],
            (await engine.Definitions.ListVersionsAsync(db, Sample.Key)).Value.Select(v => v.Status));
    }

    [Fact]
    public async Task Publishing_an_invalid_draft_names_the_element_and_publishes_nothing()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var root = Sample.Node();
        root.Transition("Submit")["to"] = "Nowhere";
        await using var db = engine.NewDb();
        var saved = (await engine.Definitions.SaveDraftAsync(db, root.ToJsonString())).Value;
        Assert.Contains(saved.Problems, p => p.Element == "transitions[Submit].to");

        var invalid = Assert.IsType<Invalid>((await engine.Definitions.PublishAsync(db, Sample.Key)).Error);
        Assert.Contains("transitions[Submit].to", invalid.Errors.Keys);
        Assert.Equal(1, (await engine.Definitions.GetPublishedAsync(db, Sample.Key)).Value.Version);
    }

    [Fact]
    public async Task Seeding_the_default_folder_twice_loads_each_workflow_once_as_version_1()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await using var db = engine.NewDb();
        Assert.Equal(5, (await engine.Definitions.SeedFromFolderAsync(db, Repository.Workflows)).Count);
        Assert.Empty(await engine.Definitions.SeedFromFolderAsync(db, Repository.Workflows));

        var summaries = await engine.Definitions.ListAsync(db);
        Assert.Equal(5, summaries.Count);
        Assert.All(summaries, s => Assert.Equal((1, (int?)null), (s.PublishedVersion, s.DraftVersion)));
        Assert.Equal("طلب استشارة", summaries.Single(s => s.Key == "consultation-request").Name!.Ar);
        Assert.Equal(5, await db.Set<WorkflowDefinitionVersion>().CountAsync());
    }

    [Fact]
    public async Task An_exported_definition_imports_as_the_next_version()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.SeedDefaultsAsync();
        await using var db = engine.NewDb();
        var exported = (await engine.Definitions.ExportAsync(db, "contract-review", 1)).Value;

        var imported = (await engine.Definitions.ImportAsync(db, exported)).Value;
        Assert.Equal(2, imported.Draft.Version);
        var published = (await engine.Definitions.PublishAsync(db, "contract-review")).Value;
        Assert.Equal(2, published.Definition.Version);
        Assert.Equal(
            WorkflowJson.Write(WorkflowJson.Parse(exported).Value with { Version = 0 }),
            WorkflowJson.Write(published.Definition with { Version = 0 }));
    }

    [Fact]
    public async Task An_edit_loaded_before_the_draft_was_published_cannot_overwrite_it()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        await using (var first = engine.NewDb())
            await engine.Definitions.SaveDraftAsync(first, WithTriage());

        await using var stale = engine.NewDb();
        var draft = await stale.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Status == DefinitionStatus.Draft);
        await using (var other = engine.NewDb())
            Assert.True((await engine.Definitions.PublishAsync(other, Sample.Key)).IsSuccess);

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        draft.ReviseDraft(Sample.Json, engine.Clock.GetUtcNow());
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());

        await using var check = engine.NewDb();
        Assert.NotNull((await engine.Definitions.GetVersionAsync(check, Sample.Key, 2)).Value.Definition.FindState("Triage"));
    }

    [Fact]
    public async Task Publishing_without_a_draft_or_reading_an_unknown_key_is_not_found()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await using var db = engine.NewDb();
        Assert.IsType<NotFound>((await engine.Definitions.PublishAsync(db, "nothing")).Error);
        Assert.IsType<NotFound>((await engine.Definitions.GetPublishedAsync(db, "nothing")).Error);
        Assert.IsType<NotFound>((await engine.Runner.StartAsync(db, "nothing", new("Matter", "1"), People.Client)).Error);
    }
}
