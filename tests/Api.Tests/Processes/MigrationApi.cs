using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;

namespace WorkflowPortal.Api.Tests.Processes;

// Steps the migration tests share: publish a changed version, submit matters, dry-run, apply.
public static class MigrationApi
{
    public const string Consultation = "consultation-request";

    public static async Task<JsonNode> PublishedAsync(HttpClient admin, string key)
    {
        var published = await (await admin.GetAsync($"/api/v1/workflow-definitions/{key}")).JsonAsync(HttpStatusCode.OK);
        return JsonNode.Parse(published.GetProperty("published").GetProperty("definition").GetRawText())!;
    }

    public static async Task<int> PublishAsync(HttpClient admin, string key, Action<JsonNode> change, string? note = null)
    {
        await SaveDraftAsync(admin, key, change);
        var published = await (await admin.PostAsJsonAsync($"/api/v1/workflow-definitions/{key}/publish", new { note })).JsonAsync(HttpStatusCode.OK);
        return published.GetProperty("version").GetInt32();
    }

    // The published version, changed, saved as the draft.
    public static async Task SaveDraftAsync(HttpClient admin, string key, Action<JsonNode> change)
    {
        var definition = await PublishedAsync(admin, key);
        change(definition);
        await (await admin.PutAsync($"/api/v1/workflow-definitions/{key}/draft",
            new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.OK);
    }

    // Version 2 of the consultation: "Received" becomes "Intake", with its own client-facing label.
    public static void RenameReceivedToIntake(JsonNode definition) => RenameState(definition, "Received", "Intake",
        new JsonObject { ["en"] = "Registered", ["ar"] = "مسجّل" }, new JsonObject { ["en"] = "Registered with the firm", ["ar"] = "مسجّل لدى المكتب" });

    public static void RenameState(JsonNode definition, string from, string to, JsonObject label, JsonObject? clientLabel = null)
    {
        var state = definition["states"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == from)!;
        state["name"] = to;
        state["label"] = label;
        if (clientLabel is not null) state["clientLabel"] = clientLabel;
        if (definition["initialState"]!.GetValue<string>() == from) definition["initialState"] = to;
        foreach (var transition in definition["transitions"]!.AsArray())
        {
            var source = transition!["from"]!;
            transition["from"] = source is JsonArray many
                ? new JsonArray([.. many.Select(f => (JsonNode)JsonValue.Create(f!.GetValue<string>() == from ? to : f.GetValue<string>()))])
                : source.GetValue<string>() == from ? to : source.GetValue<string>();
            if (transition["to"]!.GetValue<string>() == from) transition["to"] = to;
        }
    }

    public static async Task<(Guid Matter, Guid Instance)> SubmitConsultationAsync(HttpClient client, string subject)
    {
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject))).JsonAsync(HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetGuid();
        var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        return (id, matter.GetProperty("workflowInstanceId").GetGuid());
    }

    public static Task<HttpResponseMessage> DryRunAsync(HttpClient admin, string key, int from, int to, object? mapping = null) =>
        admin.PostAsJsonAsync($"/api/v1/workflow-definitions/{key}/migrations/dry-run", new { fromVersion = from, toVersion = to, mapping });

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient admin, string key, JsonElement preview, object? mapping = null, string? note = null,
        Func<JsonElement, bool>? choose = null) =>
        admin.PostAsJsonAsync($"/api/v1/workflow-definitions/{key}/migrations", new
        {
            fromVersion = preview.GetProperty("fromVersion").GetInt32(),
            toVersion = preview.GetProperty("toVersion").GetInt32(),
            mapping,
            note,
            instances = preview.GetProperty("instances").EnumerateArray().Where(i => choose?.Invoke(i) ?? true)
                .Select(i => new { instanceId = i.GetProperty("instanceId").GetGuid(), version = i.GetProperty("version").GetInt32() }).ToArray(),
        });

    public static JsonElement Row(JsonElement preview, Guid instance) =>
        preview.GetProperty("instances").EnumerateArray().Single(i => i.GetProperty("instanceId").GetGuid() == instance);

    public static string Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, p) => e.GetProperty(p)).GetString()!;
}
