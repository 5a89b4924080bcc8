using System.Net;
using System.Net.Http.Json;
using System.Text;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Reliability;

// A workflow whose waiting state reminds the client after 2 s and closes the matter after 4 s:
// real deadlines that come due while both instances poll for them.
internal static class ScaleOutWorkflow
{
    static string Definition(string key) => $$"""
    {
      "key": "{{key}}", "name": { "en": "Quick deadlines", "ar": "مواعيد سريعة" }, "initialState": "Received",
      "states": [
        { "name": "Received", "category": "Open", "label": { "en": "Received", "ar": "مستلم" } },
        { "name": "NeedsInformation", "category": "InProgress", "waitingOn": "Requester",
          "label": { "en": "Waiting for the requester", "ar": "بانتظار مقدم الطلب" },
          "deadlines": [
            { "after": "PT2S", "remind": [ "Requester" ], "comment": { "en": "We still need your documents", "ar": "ما زلنا نحتاج مستنداتك" } },
            { "after": "PT4S", "fire": "CloseUnanswered", "comment": { "en": "Closed: no answer", "ar": "أغلق لعدم الرد" } }
          ] },
        { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" } }
      ],
      "transitions": [
        { "trigger": "AskClient", "from": "Received", "to": "NeedsInformation", "label": { "en": "Ask the client", "ar": "اسأل العميل" }, "allowed": [ "LegalTeam" ] },
        { "trigger": "CloseUnanswered", "from": "NeedsInformation", "to": "Closed", "label": { "en": "Close unanswered", "ar": "إغلاق دون رد" }, "allowed": [ "LegalTeam" ] }
      ]
    }
    """;

    // Publishes the workflow and a request type that starts it; returns the type's id.
    public static async Task<Guid> PublishAsync(HttpClient admin, string key)
    {
        static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
        await (await admin.PutAsync($"/api/v1/workflow-definitions/{key}/draft", Json(Definition(key)))).JsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/workflow-definitions/{key}/publish", null)).JsonAsync(HttpStatusCode.OK);
        var category = (await (await admin.GetAsync("/api/v1/request-categories")).JsonAsync(HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        var type = new
        {
            categoryId = category, name = new { en = $"Type {key}", ar = $"نوع {key}" }, description = new { en = "Test.", ar = "اختبار." },
            creates = "Matter", workflowKey = key, audience = "AllClients", audienceIds = Array.Empty<Guid>(),
            fields = new[] { new { key = "subject", type = "Text", label = new { en = "Subject", ar = "الموضوع" }, required = true, order = 1 } },
        };
        return (await (await admin.PostAsJsonAsync("/api/v1/request-types", type)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
