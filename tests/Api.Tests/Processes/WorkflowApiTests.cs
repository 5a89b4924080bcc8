using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class WorkflowApiTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    async Task<JsonNode> PublishedConsultationAsync(HttpClient admin)
    {
        var published = await (await admin.GetAsync("/api/v1/workflow-definitions/consultation-request")).JsonAsync();
        return JsonNode.Parse(published.GetProperty("published").GetProperty("definition").GetRawText())!;
    }

    [Fact]
    public async Task Admins_see_the_five_default_workflows_and_clients_are_refused()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");

        var list = await (await admin.GetAsync("/api/v1/workflow-definitions")).JsonAsync();

        Assert.Equal(["consultation-request", "contract-from-template", "contract-request", "contract-review", "litigation-case"],
            list.EnumerateArray().Select(d => d.GetProperty("key").GetString()));
        Assert.All(list.EnumerateArray(), d => Assert.Equal(1, d.GetProperty("publishedVersion").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/workflow-definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsync("/api/v1/workflow-definitions/consultation-request/draft", Json(new JsonObject()))).StatusCode);
    }

    [Fact]
    public async Task A_draft_that_lets_the_requester_approve_cannot_be_published()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var definition = await PublishedConsultationAsync(admin);
        var states = definition["states"]!.AsArray();
        states.Add(new JsonObject
        {
            ["name"] = "Approval", ["category"] = "InProgress", ["kind"] = "approval",
            ["label"] = new JsonObject { ["en"] = "Approval", ["ar"] = "الموافقة" },
        });
        var transitions = definition["transitions"]!.AsArray();
        transitions.Add(new JsonObject
        {
            ["trigger"] = "SendForApproval", ["from"] = "UnderReview", ["to"] = "Approval", ["allowed"] = new JsonArray("LegalTeam"),
            ["label"] = new JsonObject { ["en"] = "Send for approval", ["ar"] = "إرسال للموافقة" },
        });
        transitions.Add(new JsonObject
        {
            ["trigger"] = "Approve", ["from"] = "Approval", ["to"] = "Drafting", ["action"] = "approve", ["allowed"] = new JsonArray("Requester"),
            ["label"] = new JsonObject { ["en"] = "Approve", ["ar"] = "موافقة" },
        });

        var draft = await admin.PutAsync("/api/v1/workflow-definitions/consultation-request/draft", Json(definition));
        var publish = await admin.PostAsync("/api/v1/workflow-definitions/consultation-request/publish", null);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.NotEmpty((await draft.JsonAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("clients never decide", await publish.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_running_matter_stays_on_v1_after_v2_is_published_while_new_ones_start_on_v2()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        var before = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync();

        var definition = await PublishedConsultationAsync(admin);
        definition["states"]![0]!["label"]!["en"] = "Received by the firm";
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/v1/workflow-definitions/consultation-request/draft", Json(definition))).StatusCode);
        var published = await (await admin.PostAsync("/api/v1/workflow-definitions/consultation-request/publish", null)).JsonAsync();
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        var after = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync();

        async Task<int> PinnedVersionAsync(Guid matterId)
        {
            var matter = await (await client.GetAsync($"/api/v1/matters/{matterId}")).JsonAsync();
            var instance = await (await client.GetAsync($"/api/v1/workflow-instances/{matter.GetProperty("workflowInstanceId").GetGuid()}")).JsonAsync();
            return instance.GetProperty("definitionVersion").GetInt32();
        }
        Assert.Equal(1, await PinnedVersionAsync(before.GetProperty("id").GetGuid()));
        Assert.Equal(2, await PinnedVersionAsync(after.GetProperty("id").GetGuid()));
        var v1 = await (await admin.GetAsync("/api/v1/workflow-definitions/consultation-request/versions/1")).JsonAsync();
        Assert.Equal("Received", v1.GetProperty("definition").GetProperty("states")[0].GetProperty("label").GetProperty("en").GetString());
    }

    [Fact]
    public async Task Instances_follow_the_visibility_of_their_matter_and_draw_their_path()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var other = await _app.SignedInAsync("sara@demo.portal");
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync();
        var matter = await (await client.GetAsync($"/api/v1/matters/{submitted.GetProperty("id").GetGuid()}")).JsonAsync();
        var instanceId = matter.GetProperty("workflowInstanceId").GetGuid();

        var diagram = await (await client.GetAsync($"/api/v1/workflow-instances/{instanceId}/diagram")).Content.ReadAsStringAsync();

        Assert.Contains("stateDiagram", diagram);
        Assert.Contains("class Received current", diagram);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/workflow-instances/{instanceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Withdraw" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Withdraw" })).StatusCode);
    }

    [Fact]
    public async Task A_draft_that_is_not_json_is_a_clear_problem()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");

        var response = await admin.PutAsync("/api/v1/workflow-definitions/consultation-request/draft", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
