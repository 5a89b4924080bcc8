using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Processes.Deadlines;

namespace WorkflowPortal.Api.Tests.Processes;

// One app host with a real SMTP server whose own deadline pass runs hourly: the tests move the
// app's clock forward (never back) and run the pass themselves, so what fires is decided by the
// clock alone. Each test reads only what its own matter produced.
public sealed class DeadlineFixture : IAsyncLifetime
{
    public SmtpFixture Smtp { get; } = SmtpFixture.StartNew();

    public PortalApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var settings = Smtp.Settings();
        settings["Workflows:DeadlinePollInterval"] = "01:00:00";
        App = PortalApp.OnSqlite(settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class DeadlineFiringTests(DeadlineFixture fixture) : IClassFixture<DeadlineFixture>
{
    PortalApp App => fixture.App;

    // While the matter waits on the client: a reminder after 3 days, closing after 10; an
    // escalation to a lawyer by address and to an address nobody has.
    static string Waiting(string key, string escalate) => $$"""
    {
      "key": "{{key}}", "name": { "en": "Waiting on the client", "ar": "بانتظار العميل" }, "initialState": "Received",
      "states": [
        { "name": "Received", "category": "Open", "label": { "en": "Received", "ar": "مستلم" } },
        { "name": "NeedsInformation", "category": "InProgress", "waitingOn": "Requester",
          "label": { "en": "Waiting for the requester", "ar": "بانتظار مقدم الطلب" }, "clientLabel": { "en": "Needs your input", "ar": "بانتظار معلوماتك" },
          "deadlines": [
            { "after": "P3D", "remind": [ "Requester" ], "comment": { "en": "We still need your documents", "ar": "ما زلنا نحتاج مستنداتك" } },
            { "after": "P5D", "escalate": [ {{escalate}} ], "comment": { "en": "The client has not answered for 5 days", "ar": "لم يرد العميل منذ 5 أيام" } },
            { "after": "P10D", "fire": "CloseUnanswered", "comment": { "en": "Closed: no answer for 10 days", "ar": "أغلق لعدم الرد خلال 10 أيام" } }
          ] },
        { "name": "Working", "category": "InProgress", "label": { "en": "Working", "ar": "قيد العمل" } },
        { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" },
          "clientLabel": { "en": "Closed without an answer", "ar": "أغلق دون رد" } }
      ],
      "transitions": [
        { "trigger": "AskClient", "from": "Received", "to": "NeedsInformation", "label": { "en": "Ask the client", "ar": "اسأل العميل" }, "allowed": [ "LegalTeam" ] },
        { "trigger": "Answer", "from": "NeedsInformation", "to": "Working", "label": { "en": "Answer", "ar": "رد" }, "allowed": [ "Requester", "LegalTeam" ] },
        { "trigger": "Finish", "from": "Working", "to": "Closed", "label": { "en": "Finish", "ar": "إنهاء" }, "allowed": [ "LegalTeam" ] },
        { "trigger": "CloseUnanswered", "from": "NeedsInformation", "to": "Closed", "label": { "en": "Close unanswered", "ar": "إغلاق دون رد" },
          "allowed": [ "LegalTeam" ], "notify": [ "Requester" ] }
      ]
    }
    """;

    static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    Task<Guid> PublishWithTypeAsync(string key, string escalate) => PublishWithTypeAsync(App, key, escalate);

    static async Task<Guid> PublishWithTypeAsync(PortalApp app, string key, string escalate)
    {
        var admin = await app.SignedInAsync(PortalApi.Admin);
        await (await admin.PutAsync($"/api/v1/workflow-definitions/{key}/draft", Json(Waiting(key, escalate)))).JsonAsync(HttpStatusCode.OK);
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

    async Task<(Guid Id, string Reference)> SubmitAndAskAsync(HttpClient client, HttpClient lawyer, Guid type, string subject)
    {
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = type, fields = new Dictionary<string, object> { ["subject"] = subject } }))
            .JsonAsync(HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetGuid();
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "AskClient" })).JsonAsync(HttpStatusCode.OK);
        var matter = await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        return (id, matter.GetProperty("reference").GetString()!);
    }

    // One pass of the deadline service, as the hosted service runs it.
    static async Task<int> FireDueAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineRuns>().FireDueAsync(CancellationToken.None);
    }

    static async Task<JsonElement> WaitForAsync(Func<Task<JsonElement?>> probe)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("The deadline did not fire within 20 s.");
    }

    // The person's notification about this matter whose title starts so (the submission's own
    // notices carry the reference too).
    static async Task<JsonElement?> NotificationAsync(HttpClient person, string reference, string startsWith)
    {
        var list = await (await person.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray()
            .Where(n => Shown.Text(n.GetProperty("title").GetString()) is { } title && title.StartsWith(startsWith, StringComparison.Ordinal) && title.Contains(reference, StringComparison.Ordinal))
            .Select(n => (JsonElement?)n).FirstOrDefault();
    }

    [Fact]
    public async Task A_waiting_matter_reminds_the_client_in_their_language_then_escalates_then_closes_itself_as_the_system()
    {
        var type = await PublishWithTypeAsync("deadline-waiting", "\"lawyer@demo.portal\"");
        var sara = await App.SignedInAsync("sara@demo.portal");
        var lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var (id, reference) = await SubmitAndAskAsync(sara, lawyer, type, "عقد إيجار المستودع");

        // Nothing is due yet.
        App.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await FireDueAsync(App));
        sara = await App.SignedInAsync("sara@demo.portal"); // bearer tokens last an hour of the moved clock
        Assert.Null(await NotificationAsync(sara, reference, "تذكير"));

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await FireDueAsync(App));
        var reminder = (await NotificationAsync(sara, reference, "تذكير"))!.Value;
        Assert.Equal($"تذكير: {WorkflowPortal.Workflows.Texts.Bidi.Isolate(reference)} (بانتظار معلوماتك)", reminder.GetProperty("title").GetString());
        Assert.Contains("ما زلنا نحتاج مستنداتك", reminder.GetProperty("body").GetString());
        var email = await fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == "sara@demo.portal")
            && (m.Subject ?? "").Contains("تذكير", StringComparison.Ordinal));
        Assert.Contains("ما زلنا نحتاج مستنداتك", email.TextBody);

        App.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await FireDueAsync(App));
        Assert.Equal(0, await FireDueAsync(App)); // each timer fires once
        lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var escalation = (await NotificationAsync(lawyer, reference, "Escalated"))!.Value;
        Assert.StartsWith("Escalated:", Shown.Text(escalation.GetProperty("title").GetString()));
        Assert.Contains("The client has not answered for 5 days", escalation.GetProperty("body").GetString());

        App.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await FireDueAsync(App));
        sara = await App.SignedInAsync("sara@demo.portal");
        lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var closed = await (await sara.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.True(closed.GetProperty("status").GetProperty("isDone").GetBoolean());
        var instanceId = closed.GetProperty("workflowInstanceId").GetGuid();
        var instance = await (await lawyer.GetAsync($"/api/v1/workflow-instances/{instanceId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Closed", instance.GetProperty("state").GetString());
        var history = instance.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Deadline", "Deadline", "CloseUnanswered"], history.Skip(history.Count - 3).Select(h => h.GetProperty("trigger").GetString()));
        // The transition's own `notify` ran for the automatic step too.
        await fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == "sara@demo.portal")
            && (m.Subject ?? "").Contains("أغلق دون رد", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaving_the_state_in_time_cancels_its_deadlines()
    {
        var type = await PublishWithTypeAsync("deadline-answered", "\"Admin\"");
        var client = await App.SignedInAsync("client@demo.portal");
        var lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var (id, reference) = await SubmitAndAskAsync(client, lawyer, type, "Supplier dispute");
        await (await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "Answer" })).JsonAsync(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromDays(11));
        await FireDueAsync(App);
        client = await App.SignedInAsync("client@demo.portal");
        lawyer = await App.SignedInAsync("lawyer@demo.portal");
        Assert.Null(await NotificationAsync(client, reference, "Reminder"));
        var matter = await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Working", matter.GetProperty("status").GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_escalation_to_an_address_nobody_on_the_team_has_tells_the_administrators_instead()
    {
        var type = await PublishWithTypeAsync("deadline-stranger", "\"outsider@example.com\"");
        var client = await App.SignedInAsync("client@demo.portal");
        var lawyer = await App.SignedInAsync("lawyer@demo.portal");
        var admin = await App.SignedInAsync(PortalApi.Admin);
        var (id, reference) = await SubmitAndAskAsync(client, lawyer, type, "Lease renewal");

        App.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        await FireDueAsync(App);
        admin = await App.SignedInAsync(PortalApi.Admin);
        client = await App.SignedInAsync("client@demo.portal");
        var notice = (await NotificationAsync(admin, reference, $"{reference}: escalation"))!.Value;
        Assert.Contains("escalation not delivered", notice.GetProperty("title").GetString());
        Assert.Contains("outsider@example.com", notice.GetProperty("body").GetString());
        Assert.DoesNotContain(fixture.Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "outsider@example.com"));
        // Leave the state: the other tests count the timers that fire.
        await (await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "Answer" })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_running_app_fires_due_deadlines_by_itself()
    {
        var settings = fixture.Smtp.Settings();
        settings["Workflows:DeadlinePollInterval"] = "00:00:00.200";
        await using var app = PortalApp.OnSqlite(settings);
        var type = await PublishWithTypeAsync(app, "deadline-self", "\"Admin\"");
        var client = await app.SignedInAsync("client@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = type, fields = new Dictionary<string, object> { ["subject"] = "Self-firing" } }))
            .JsonAsync(HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetGuid();
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "AskClient" })).JsonAsync(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        client = await app.SignedInAsync("client@demo.portal");
        await WaitForAsync(async () =>
        {
            var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
            return matter.GetProperty("status").GetProperty("isDone").GetBoolean() ? matter : null;
        });
    }
}
