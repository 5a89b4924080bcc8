using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Deadlines;
using static WorkflowPortal.Api.Tests.Processes.MigrationApi;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class MigrationTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static async Task<JsonElement> InstanceAsync(HttpClient client, Guid instance) =>
        await (await client.GetAsync($"/api/v1/workflow-instances/{instance}")).JsonAsync(HttpStatusCode.OK);

    static async Task FireAsync(HttpClient client, Guid matter, string trigger) =>
        await (await client.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions", new { trigger })).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task The_dry_run_is_what_applying_does_and_each_migrated_matter_records_the_move_once()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var a = await SubmitConsultationAsync(client, "Unpaid salary");
        var b = await SubmitConsultationAsync(client, "Lease dispute");
        var c = await SubmitConsultationAsync(client, "Trademark question");
        await FireAsync(lawyer, c.Matter, "StartReview");
        Assert.Equal("Received", Text(await (await client.GetAsync($"/api/v1/matters/{a.Matter}")).JsonAsync(HttpStatusCode.OK), "status", "label", "en"));
        Assert.Equal(2, await PublishAsync(admin, Consultation, RenameReceivedToIntake, note: "Intake replaces Received"));

        // Without a mapping, "Received" has nowhere to go: listed as unmapped, its matters cannot move.
        var unmapped = await (await DryRunAsync(admin, Consultation, 1, 2)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Received"], unmapped.GetProperty("mapping").GetProperty("unmapped").EnumerateArray().Select(s => s.GetString()));
        Assert.False(Row(unmapped, a.Instance).GetProperty("canMove").GetBoolean());
        Assert.Equal("UnderReview", Text(Row(unmapped, c.Instance), "toState"));

        var mapping = new Dictionary<string, string> { ["Received"] = "Intake" };
        var preview = await (await DryRunAsync(admin, Consultation, 1, 2, mapping)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, preview.GetProperty("instances").GetArrayLength());
        Assert.Equal("Registered with the firm", Text(Row(preview, a.Instance), "clientLabelAfter", "en"));
        Assert.Equal("مسجّل لدى المكتب", Text(Row(preview, b.Instance), "clientLabelAfter", "ar"));

        var outcome = await (await ApplyAsync(admin, Consultation, preview, mapping, note: "Moving to the intake step")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(outcome.GetProperty("skipped").EnumerateArray());
        var me = await (await admin.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
        foreach (var (matter, instance) in new[] { a, b, c })
        {
            var planned = Row(preview, instance);
            var applied = outcome.GetProperty("migrated").EnumerateArray().Single(r => r.GetProperty("instanceId").GetGuid() == instance);
            Assert.Equal(planned.GetRawText(), applied.GetRawText());

            var view = await InstanceAsync(admin, instance);
            Assert.Equal(2, view.GetProperty("definitionVersion").GetInt32());
            Assert.Equal(Text(planned, "toState"), Text(view, "state"));
            Assert.Equal(planned.GetProperty("version").GetInt32() + 1, view.GetProperty("version").GetInt32());
            var migrations = view.GetProperty("history").EnumerateArray().Where(h => Text(h, "trigger") == "Migrate").ToList();
            var entry = Assert.Single(migrations);
            Assert.Equal(Text(planned, "fromState"), Text(entry, "from"));
            Assert.Equal(Text(planned, "toState"), Text(entry, "to"));
            Assert.Equal(Text(me, "displayName"), Text(entry, "actorName"));
            Assert.Equal("1", Text(entry, "fields", "fromVersion"));
            Assert.Equal("2", Text(entry, "fields", "toVersion"));

            // The client sees the new version's client-facing label, exactly as the dry run said.
            var seen = await (await client.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(Text(planned, "clientLabelAfter", "en"), Text(seen, "status", "label", "en"));
        }

        // Nothing was re-run (one Start, one StartReview for c), and the matter goes on on version 2.
        var history = (await InstanceAsync(admin, c.Instance)).GetProperty("history").EnumerateArray().Select(h => Text(h, "trigger")).ToList();
        Assert.Equal(["Start", "StartReview", "Migrate"], history);
        await FireAsync(lawyer, a.Matter, "StartReview");

        var changes = await (await admin.GetAsync($"/api/v1/workflow-definitions/{Consultation}/changes")).JsonAsync(HttpStatusCode.OK);
        var migrated = changes.EnumerateArray().First();
        Assert.Equal("Migrated", Text(migrated, "kind"));
        Assert.Equal(3, migrated.GetProperty("migrated").GetInt32());
        Assert.Equal("Moving to the intake step", Text(migrated, "note"));
        var published = changes.EnumerateArray().Single(e => Text(e, "kind") == "Published");
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Equal("Intake replaces Received", Text(published, "note"));
        Assert.Equal(Text(me, "displayName"), Text(published, "actorName"));
    }

    [Fact]
    public async Task A_mapping_to_a_missing_state_is_refused_naming_it_in_both_languages_and_only_admins_migrate()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        var (_, instance) = await SubmitConsultationAsync(client, "Unpaid salary");
        await PublishAsync(admin, Consultation, RenameReceivedToIntake);
        var wrong = new Dictionary<string, string> { ["Received"] = "Nowhere" };

        var refused = await (await DryRunAsync(admin, Consultation, 1, 2, wrong)).JsonAsync(HttpStatusCode.BadRequest);
        var message = refused.GetProperty("errors").GetProperty("mapping[Received]")[0].GetString()!;
        Assert.Contains("'Nowhere'", message);
        Assert.Contains("«Nowhere» وهي غير موجودة", message);
        var apply = await admin.PostAsJsonAsync($"/api/v1/workflow-definitions/{Consultation}/migrations",
            new { fromVersion = 1, toVersion = 2, mapping = wrong, instances = new[] { new { instanceId = instance, version = 1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        Assert.Equal("application/problem+json", apply.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Received", Text(await InstanceAsync(admin, instance), "state"));

        Assert.Equal(HttpStatusCode.NotFound, (await DryRunAsync(admin, Consultation, 1, 9)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DryRunAsync(lawyer, Consultation, 1, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DryRunAsync(client, Consultation, 1, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync($"/api/v1/workflow-definitions/{Consultation}/migrations",
            new { fromVersion = 1, toVersion = 2, instances = new[] { new { instanceId = instance, version = 1 } } })).StatusCode);
    }

    [Fact]
    public async Task A_matter_moved_after_the_dry_run_is_skipped_and_reported_while_the_others_migrate()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var a = await SubmitConsultationAsync(client, "Unpaid salary");
        var b = await SubmitConsultationAsync(client, "Lease dispute");
        await PublishAsync(admin, Consultation, RenameReceivedToIntake);
        var mapping = new Dictionary<string, string> { ["Received"] = "Intake" };
        var preview = await (await DryRunAsync(admin, Consultation, 1, 2, mapping)).JsonAsync(HttpStatusCode.OK);

        await FireAsync(lawyer, b.Matter, "StartReview");
        var outcome = await (await ApplyAsync(admin, Consultation, preview, mapping)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([a.Instance], outcome.GetProperty("migrated").EnumerateArray().Select(r => r.GetProperty("instanceId").GetGuid()));
        var skipped = Assert.Single(outcome.GetProperty("skipped").EnumerateArray());
        Assert.Equal(b.Instance, skipped.GetProperty("instanceId").GetGuid());
        Assert.Equal("instance-changed", Text(skipped, "code"));
        Assert.StartsWith("MAT-", Text(skipped, "reference"), StringComparison.Ordinal);
        var untouched = await InstanceAsync(admin, b.Instance);
        Assert.Equal(1, untouched.GetProperty("definitionVersion").GetInt32());
        Assert.Equal("UnderReview", Text(untouched, "state"));
        Assert.DoesNotContain(untouched.GetProperty("history").EnumerateArray(), h => Text(h, "trigger") == "Migrate");
    }

    Task<List<WorkflowTimer>> PendingTimersAsync(Guid instance) =>
        _app.WithDbAsync(db => db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.InstanceId == instance && t.Status == TimerStatus.Pending)
            .OrderBy(t => t.Deadline).ToListAsync());

    [Fact]
    public async Task Deadlines_declared_unchanged_keep_their_due_time_while_changed_ones_are_cancelled_and_new_ones_set_from_the_migration()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var waiting = await SubmitConsultationAsync(client, "Unpaid salary");
        var reviewed = await SubmitConsultationAsync(client, "Lease dispute");
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{waiting.Matter}/transitions",
            new { trigger = "RequestInformation", comment = "Please send the contract of employment." })).JsonAsync(HttpStatusCode.OK);
        await FireAsync(lawyer, reviewed.Matter, "StartReview");
        var before = await PendingTimersAsync(waiting.Instance);
        Assert.Equal(3, before.Count);
        var publicBefore = (await (await client.GetAsync($"/api/v1/matters/{waiting.Matter}")).JsonAsync(HttpStatusCode.OK)).GetProperty("upcoming")[0].GetProperty("dueAt").GetDateTimeOffset();

        // Version 2: the first reminder waits 5 business days instead of 3; a review reminds its lawyer after 2 days.
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        await PublishAsync(admin, Consultation, d =>
        {
            var states = d["states"]!.AsArray();
            states.First(s => s!["name"]!.GetValue<string>() == "NeedsInformation")!["deadlines"]![0]!["after"] = "P5D";
            states.First(s => s!["name"]!.GetValue<string>() == "UnderReview")!["deadlines"] = new JsonArray(new JsonObject
            {
                ["after"] = "P2D", ["remind"] = new JsonArray("AssignedLawyer"),
                ["comment"] = new JsonObject { ["en"] = "The review is two days old.", ["ar"] = "مضى على المراجعة يومان." },
            });
        });
        var now = _app.Clock.GetUtcNow();

        var preview = await (await DryRunAsync(admin, Consultation, 1, 2)).JsonAsync(HttpStatusCode.OK);
        var listed = Row(preview, waiting.Instance).GetProperty("deadlines").EnumerateArray()
            .Select(d => (Change: Text(d, "change"), What: Text(d, "what", "en"), Due: d.GetProperty("dueAt").GetDateTimeOffset())).ToList();
        Assert.Equal(["Cancelled", "Kept", "Kept", "Set"], listed.Select(d => d.Change).Order(StringComparer.Ordinal));
        Assert.Equal(before[0].DueAt, Assert.Single(listed, d => d.Change == "Cancelled").Due);
        Assert.Equal([before[1].DueAt, before[2].DueAt], listed.Where(d => d.Change == "Kept").Select(d => d.Due).Order());
        var reminder = Assert.Single(listed, d => d.Change == "Set");
        Assert.True(reminder.Due >= now.AddDays(5), $"five business days from the migration, not from the request: {reminder.Due} (now {now})");
        Assert.Equal("We are still waiting for your answer to our question.", reminder.What);
        var review = Assert.Single(Row(preview, reviewed.Instance).GetProperty("deadlines").EnumerateArray());
        Assert.Equal(("Set", "The review is two days old."), (Text(review, "change"), Text(review, "what", "en")));
        AssertAbout(now.AddDays(2), review.GetProperty("dueAt").GetDateTimeOffset());

        var outcome = await (await ApplyAsync(admin, Consultation, preview)).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(outcome.GetProperty("skipped").EnumerateArray());

        // The timers are what the dry run listed, pointed at version 2's deadlines and the instance's visit.
        var after = await PendingTimersAsync(waiting.Instance);
        // A new deadline counts from the moment the migration is applied, kept ones keep their time exactly.
        Assert.Equal([before[1].DueAt, before[2].DueAt], after.Skip(1).Select(t => t.DueAt));
        AssertAbout(reminder.Due, after[0].DueAt);
        Assert.Equal([0, 1, 2], after.Select(t => t.Deadline));
        Assert.All(after, t => Assert.Equal("NeedsInformation", t.State));
        Assert.Equal(TimerStatus.Cancelled, (await _app.WithDbAsync(db => db.Set<WorkflowTimer>().SingleAsync(t => t.Id == before[0].Id))).Status);
        var visit = await _app.WithDbAsync(db => db.Set<Engine.Runtime.WorkflowInstance>().Where(i => i.Id == waiting.Instance).Select(i => i.Visit).SingleAsync());
        Assert.All(after, t => Assert.Equal(visit, t.Visit));
        var set = Assert.Single(await PendingTimersAsync(reviewed.Instance));
        Assert.Equal("UnderReview", set.State);
        AssertAbout(now.AddDays(2), set.DueAt);

        // The client's expected date did not move: the closing deadline was declared unchanged.
        var seen = await (await client.GetAsync($"/api/v1/matters/{waiting.Matter}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(publicBefore, seen.GetProperty("upcoming")[0].GetProperty("dueAt").GetDateTimeOffset());
    }

    // The test clock runs with real time: a due time set "from now" lands within moments of the expected one.
    static void AssertAbout(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.InRange(actual, expected, expected.AddMinutes(1));
}
