using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Processes.Effects;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class WorkflowPipelineTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    PortalApp App => fixture.App;

    // A legal opinion a partner signs off: an approval state on a matter.
    static string SignOff(string key, string extraTransition = "") => $$"""
    {
      "key": "{{key}}", "name": { "en": "Opinion sign-off", "ar": "اعتماد الرأي" }, "initialState": "Drafting",
      "states": [
        { "name": "Drafting", "category": "InProgress", "label": { "en": "Drafting", "ar": "قيد الصياغة" } },
        { "name": "PartnerReview", "category": "InProgress", "kind": "approval", "label": { "en": "Partner review", "ar": "مراجعة الشريك" },
          "clientLabel": { "en": "Being checked", "ar": "قيد التدقيق" }, "approval": [ { "approvers": [ "LegalTeam" ], "mode": "any" } ] },
        { "name": "Delivered", "category": "Done", "final": true, "label": { "en": "Delivered", "ar": "تم التسليم" } }
      ],
      "transitions": [
        { "trigger": "SubmitForSignOff", "from": "Drafting", "to": "PartnerReview", "label": { "en": "Submit for sign-off", "ar": "إرسال للاعتماد" },
          "allowed": [ "LegalTeam" ], "guards": [ "AssigneeSet" ], "notify": [ "LegalTeam" ] },
        { "trigger": "Approve", "from": "PartnerReview", "to": "Delivered", "action": "approve", "label": { "en": "Approve", "ar": "اعتماد" }, "notify": [ "Requester" ] },
        { "trigger": "Reject", "from": "PartnerReview", "to": "Drafting", "action": "reject", "label": { "en": "Reject", "ar": "رفض" } }{{extraTransition}}
      ]
    }
    """;

    static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    static async Task PublishAsync(HttpClient admin, string key, string json)
    {
        await (await admin.PutAsync($"/api/v1/workflow-definitions/{key}/draft", Json(json))).JsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null)).JsonAsync(HttpStatusCode.OK);
    }

    static object RequestType(Guid categoryId, string key, string creates = "Matter") => new
    {
        categoryId,
        name = new { en = $"Type for {key}", ar = $"نوع {key}" },
        description = new { en = "Test type.", ar = "نوع للاختبار." },
        creates,
        workflowKey = key,
        audience = "AllClients",
        audienceIds = Array.Empty<Guid>(),
        fields = new[] { new { key = "subject", type = "Text", label = new { en = "Subject", ar = "الموضوع" }, required = true, order = 1 } },
    };

    static async Task<Guid> CategoryAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/request-categories")).JsonAsync(HttpStatusCode.OK))[0].GetProperty("id").GetGuid();

    static async Task<Guid> CreateTypeAsync(HttpClient admin, string key, string creates = "Matter") =>
        (await (await admin.PostAsJsonAsync("/api/v1/request-types", RequestType(await CategoryAsync(admin), key, creates)))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Fact]
    public void Every_effect_kind_the_validator_allows_has_a_handler_for_each_subject_kind()
    {
        using var scope = App.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetRequiredService<EffectHandlers>();

        // Every effect the engine can emit is declared in SubjectSupport (a new kind must say where it runs).
        var emitted = typeof(WorkflowEffect).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(WorkflowEffect)) && !t.IsAbstract);
        Assert.All(emitted, t => Assert.Contains(t, SubjectSupport.EffectKinds));

        var missing = (from effect in SubjectSupport.EffectKinds
                       from kind in SubjectKinds.All
                       where SubjectSupport.Supports(effect, kind) && handlers.Find(effect, kind) is null
                       select $"{effect.Name} on {kind}").ToList();
        Assert.Empty(missing);
        var documents = (from document in SubjectSupport.Documents
                         from kind in document.Value
                         where handlers.Find(typeof(RenderDocument), kind) is null
                         select $"{document.Key} on {kind}").ToList();
        Assert.Empty(documents);
    }

    [Fact]
    public async Task Publishing_refuses_an_unknown_guard_and_a_document_a_matter_cannot_render_naming_both_in_two_languages()
    {
        var admin = await App.SignedInAsync(PortalApi.Admin);
        await PublishAsync(admin, "guarded-opinion", SignOff("guarded-opinion"));
        await CreateTypeAsync(admin, "guarded-opinion");

        var bad = SignOff("guarded-opinion", """
            ,{ "trigger": "Bill", "from": "Drafting", "to": "Drafting", "label": { "en": "Bill", "ar": "فوترة" }, "allowed": [ "LegalTeam" ],
               "guards": [ "FeePaid" ], "render": "signed-contract" }
            """);
        await (await admin.PutAsync("/api/v1/workflow-definitions/guarded-opinion/draft", Json(bad))).JsonAsync(HttpStatusCode.OK);
        var refused = await (await admin.PostAsync("/api/v1/workflow-definitions/guarded-opinion/publish", null)).JsonAsync(HttpStatusCode.BadRequest);

        var errors = refused.GetProperty("errors");
        var guard = errors.GetProperty("transitions[Bill].guards").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(guard, m => m.Contains("'FeePaid' is not a named guard", StringComparison.Ordinal));
        Assert.Contains(guard, m => m.Contains("«FeePaid» ليس شرطًا معروفًا", StringComparison.Ordinal));
        var render = errors.GetProperty("transitions[Bill].render").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(render, m => m.Contains("'signed-contract' cannot be carried out for matters", StringComparison.Ordinal));
        Assert.Contains(render, m => m.Contains("المسائل", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_type_naming_a_missing_workflow_or_one_it_cannot_run_is_refused()
    {
        var admin = await App.SignedInAsync(PortalApi.Admin);
        var category = await CategoryAsync(admin);

        var missing = await (await admin.PostAsJsonAsync("/api/v1/request-types", RequestType(category, "no-such-flow"))).JsonAsync(HttpStatusCode.BadRequest);
        var messages = missing.GetProperty("errors").GetProperty("workflowKey").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("No published workflow has the key 'no-such-flow'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("«no-such-flow»", StringComparison.Ordinal));

        // contract-request renders a signed contract: a matter cannot run it.
        var unfit = await (await admin.PostAsJsonAsync("/api/v1/request-types", RequestType(category, "contract-request"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(unfit.GetProperty("errors").GetProperty("workflowKey").EnumerateArray(),
            e => e.GetString()!.Contains("transitions[Sign].render", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_matter_approval_state_gives_approvers_tasks_and_the_matter_moves_on_when_they_approve()
    {
        var admin = await App.SignedInAsync(PortalApi.Admin);
        await PublishAsync(admin, "opinion-signoff", SignOff("opinion-signoff"));
        var type = await CreateTypeAsync(admin, "opinion-signoff");
        var client = await App.SignedInAsync("client@demo.portal");
        var lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var lawyerId = (await (await lawyer.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();

        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = type, fields = new Dictionary<string, object> { ["subject"] = "Opinion on a lease" } }))
            .JsonAsync(HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetGuid();

        // AssigneeSet holds only once a lawyer is assigned.
        var early = await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "SubmitForSignOff" });
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/assignee", new { lawyerId })).EnsureSuccessStatusCode();
        var inReview = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "SubmitForSignOff" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("PartnerReview", inReview.GetProperty("status").GetProperty("state").GetString());

        var instanceId = inReview.GetProperty("workflowInstanceId").GetGuid();
        var instance = await (await lawyer.GetAsync($"/api/v1/workflow-instances/{instanceId}")).JsonAsync(HttpStatusCode.OK);
        var task = Assert.Single(instance.GetProperty("tasks").EnumerateArray());
        Assert.Equal(lawyerId.ToString(), task.GetProperty("assigneeId").GetString());
        Assert.Equal("Pending", task.GetProperty("status").GetString());
        var asked = await fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == "lawyer@demo.portal")
            && (m.Subject ?? "").Contains("Your approval is requested", StringComparison.Ordinal));
        Assert.Contains($"/team/matters/{id}", asked.TextBody);

        // The client cannot approve their own matter; the approver can.
        var refused = await client.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Approve" });
        Assert.Equal("client-cannot-decide", (await refused.JsonAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        var approved = await (await lawyer.PostAsJsonAsync($"/api/v1/workflow-instances/{instanceId}/transitions", new { trigger = "Approve", comment = "Sound." }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Delivered", approved.GetProperty("state").GetString());
        Assert.Equal("Approve", approved.GetProperty("history").EnumerateArray().Last().GetProperty("trigger").GetString());

        var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.True(matter.GetProperty("status").GetProperty("isDone").GetBoolean());
        var reference = matter.GetProperty("reference").GetString()!;
        await fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == "client@demo.portal")
            && (m.Subject ?? "").Contains($"{WorkflowPortal.Workflows.Texts.Bidi.Isolate(reference)}: Delivered", StringComparison.Ordinal));
    }
}
