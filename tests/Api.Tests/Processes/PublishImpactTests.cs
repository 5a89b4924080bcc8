using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;

namespace WorkflowPortal.Api.Tests.Processes;

// Before publishing, the administrator sees what the draft changes, how many running matters each
// change concerns, and which status labels the client reads would change.
public sealed class PublishImpactTests : IAsyncLifetime
{
    const string Consultation = "consultation-request";
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static string? Text(JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetString();
    }

    [Fact]
    public async Task The_impact_counts_the_running_matters_each_change_concerns_and_the_client_labels_that_change()
    {
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        var matters = new List<Guid>();
        foreach (var subject in new[] { "Unpaid salary", "Lease dispute", "Non-compete" })
            matters.Add((await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matters[0]}/transitions", new { trigger = "StartReview" })).EnsureSuccessStatusCode();

        // Received gets a new client label, StartReview (out of Received) a new label, UnderReview a
        // new one for the team only (its client label stays what it was).
        var published = await (await admin.GetAsync($"/api/v1/workflow-definitions/{Consultation}")).JsonAsync(HttpStatusCode.OK);
        var definition = JsonNode.Parse(published.GetProperty("published").GetProperty("definition").GetRawText())!;
        var states = definition["states"]!.AsArray();
        var received = states.Single(s => s!["name"]!.GetValue<string>() == "Received")!;
        received["clientLabel"] = new JsonObject { ["en"] = "With the intake team", ["ar"] = "لدى فريق الاستقبال" };
        var review = states.Single(s => s!["name"]!.GetValue<string>() == "UnderReview")!;
        review["clientLabel"] = review["label"]!.DeepClone();
        review["label"] = new JsonObject { ["en"] = "First review", ["ar"] = "المراجعة الأولى" };
        definition["transitions"]!.AsArray().Single(t => t!["trigger"]!.GetValue<string>() == "StartReview")!["label"]!["en"] = "Begin the review";
        (await admin.PutAsync($"/api/v1/workflow-definitions/{Consultation}/draft",
            new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.GetAsync($"/api/v1/workflow-definitions/{Consultation}/impact")).StatusCode);
        var impact = await (await admin.GetAsync($"/api/v1/workflow-definitions/{Consultation}/impact")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, impact.GetProperty("running").GetInt32());
        Assert.Equal(["Received", "UnderReview"], impact.GetProperty("changes").GetProperty("statesChanged").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal(2, impact.GetProperty("inState").GetProperty("Received").GetInt32());
        Assert.Equal(1, impact.GetProperty("inState").GetProperty("UnderReview").GetInt32());
        Assert.Equal(2, impact.GetProperty("atTransition").GetProperty("StartReview").GetInt32());

        // Only Received's label changes for the client: UnderReview still reads "Under review".
        var label = Assert.Single(impact.GetProperty("clientLabels").EnumerateArray());
        Assert.Equal("Received", Text(label, "state"));
        Assert.Equal("Received", Text(label, "before", "en"));
        Assert.Equal("لدى فريق الاستقبال", Text(label, "after", "ar"));
        Assert.Equal(2, label.GetProperty("running").GetInt32());

        // Publishing with a note: the change log keeps it; the impact of an unchanged draft is empty.
        (await admin.PostAsJsonAsync($"/api/v1/workflow-definitions/{Consultation}/publish", new { note = "Intake team named for clients" })).EnsureSuccessStatusCode();
        var changes = await (await admin.GetAsync($"/api/v1/workflow-definitions/{Consultation}/changes")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Intake team named for clients", Text(changes.EnumerateArray().First(), "note"));
        var after = await (await admin.GetAsync($"/api/v1/workflow-definitions/{Consultation}/impact")).JsonAsync(HttpStatusCode.OK);
        Assert.True(after.GetProperty("changes").GetProperty("isEmpty").GetBoolean());
        Assert.Empty(after.GetProperty("clientLabels").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/workflow-definitions/no-such-workflow/impact")).StatusCode);
    }
}
