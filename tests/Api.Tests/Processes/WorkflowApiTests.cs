using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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

        // The client's diagram is their own path in the labels they know.
        Assert.Contains("stateDiagram", diagram);
        Assert.Contains("s0 : Received", diagram);
        Assert.Contains("class s0 current", diagram);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/workflow-instances/{instanceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Withdraw" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Withdraw" })).StatusCode);
    }

    [Fact]
    public async Task A_client_sees_the_client_facing_labels_and_path_only_and_the_team_sees_the_states()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync();
        var id = submitted.GetProperty("id").GetGuid();
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "StartReview" })).JsonAsync(HttpStatusCode.OK);
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "RequestInformation", comment = "Please send the contract." }))
            .JsonAsync(HttpStatusCode.OK);
        var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync();
        var instanceId = matter.GetProperty("workflowInstanceId").GetGuid();

        var response = await client.GetAsync($"/api/v1/workflow-instances/{instanceId}");
        var text = await response.Content.ReadAsStringAsync();
        var seen = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("state").ValueKind);
        Assert.Equal("Needs your input", seen.GetProperty("label").GetProperty("en").GetString());
        Assert.Equal(["Received", "Under review", "Needs your input"],
            seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("toLabel").GetProperty("en").GetString()));
        Assert.Contains(seen.GetProperty("history").EnumerateArray(), h => h.GetProperty("comment").GetString() == "Please send the contract.");
        // No state name, no internal label, no target state of an action.
        foreach (var internalText in new[] { "NeedsInformation", "UnderReview", "Waiting for the requester" })
            Assert.DoesNotContain(internalText, text, StringComparison.Ordinal);
        Assert.All(seen.GetProperty("actions").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("to").ValueKind));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("data").ValueKind);
        var diagram = await (await client.GetAsync($"/api/v1/workflow-instances/{instanceId}/diagram")).Content.ReadAsStringAsync();
        Assert.Contains("Needs your input", diagram);
        Assert.DoesNotContain("NeedsInformation", diagram, StringComparison.Ordinal);

        var team = await (await lawyer.GetAsync($"/api/v1/workflow-instances/{instanceId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("NeedsInformation", team.GetProperty("state").GetString());
        Assert.Equal("Waiting for the requester", team.GetProperty("label").GetProperty("en").GetString());
        Assert.Equal("UnderReview", team.GetProperty("history").EnumerateArray().Last().GetProperty("from").GetString());
        Assert.Contains("NeedsInformation", await (await lawyer.GetAsync($"/api/v1/workflow-instances/{instanceId}/diagram")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_contract_instance_is_visible_to_its_requester_only()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var other = await _app.SignedInAsync("sara@demo.portal");
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = new Guid("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0003"),
            fields = new Dictionary<string, object> { ["subject"] = "Distribution agreement", ["details"] = "A distribution agreement for the Gulf region.", ["counterparty"] = "Acme LLC" },
        })).JsonAsync(HttpStatusCode.Created);
        var contract = await (await client.GetAsync($"/api/v1/contracts/{submitted.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        var instanceId = contract.GetProperty("workflowInstanceId").GetGuid();

        var view = await (await client.GetAsync($"/api/v1/workflow-instances/{instanceId}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("contract-request", view.GetProperty("definitionKey").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/workflow-instances/{instanceId}")).StatusCode);
        await (await client.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Withdraw" })).JsonAsync(HttpStatusCode.OK);
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
