using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Notifications;
using static WorkflowPortal.Api.Tests.Reliability.ScaleOutFixture;

namespace WorkflowPortal.Api.Tests.Reliability;

// The scale-out lane: two instances behind nginx, as the README deploys them.
[Collection(BrowserCollection.Name)]
public sealed class ScaleOutTests(BrowserFixture browser, ScaleOutFixture cluster) : IClassFixture<ScaleOutFixture>
{
    [ScaleOutFact]
    public async Task Through_the_proxy_a_client_signs_in_submits_a_request_with_a_file_and_both_instances_serve_it()
    {
        var subject = $"Through nginx {Guid.NewGuid():N}"[..24];
        var page = await browser.NewPageAsync(cluster.Proxy.Address);
        page.Context.SetDefaultTimeout(45_000);
        await page.SignInAsync("client@demo.portal", PortalApi.DemoPassword);
        await page.Locator("[data-testid=portal-home]").WaitForAsync();
        await page.WaitForCircuitAsync();
        await page.GetByTestId($"start-{MatterFlowTests.Consultation}").ClickAsync();
        await page.GetByTestId("input-subject").FillAsync(subject);
        await page.GetByTestId("input-details").FillAsync("My employer has not paid three months of salary.");
        await page.GetByText("Labour", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("field-urgent").GetByText("No", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("input-documents").SetInputFilesAsync(BrowserSteps.Pdf("payslips.pdf", subject));
        var path = await page.SubmitRequestAsync();
        await page.ExpectStatusAsync("Received");
        await Assertions.Expect(page.GetByTestId("matter-fields")).ToContainTextAsync("payslips.pdf");
        await page.OpenAsync("/portal/matters");
        await Assertions.Expect(page.GetByText(subject)).ToBeVisibleAsync();
        await page.ScreenshotAsync("scale-out-my-requests.en");

        // Whichever instance took the submission, the other one serves the matter and its file.
        var id = Guid.Parse(path.Split('/').Last());
        var (first, second) = await cluster.ClientsOnBothAsync("client@demo.portal", 1);
        foreach (var client in first.Concat(second))
        {
            var matter = await client.GetAsync($"/api/v1/matters/{id}");
            Assert.Equal(HttpStatusCode.OK, matter.StatusCode);
            var files = await OkAsync(client.GetAsync($"/api/v1/matters/{id}/attachments"));
            var list = files.ValueKind == System.Text.Json.JsonValueKind.Array ? files : files.GetProperty("items");
            var file = Assert.Single(list.EnumerateArray());
            var content = await client.GetAsync($"/api/v1/matters/attachments/{file.GetProperty("id").GetGuid()}/content");
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
            Assert.Contains(subject, Encoding.ASCII.GetString(await content.Content.ReadAsByteArrayAsync()));
            client.Dispose();
        }
    }

    [ScaleOutFact]
    public async Task The_same_transition_fired_at_once_on_both_instances_is_accepted_once_and_never_500()
    {
        const int matters = 20;
        var (clients, _) = await cluster.ClientsOnBothAsync("client@demo.portal", 1);
        var (onFirst, onSecond) = await cluster.ClientsOnBothAsync("lawyer@demo.portal", 1);
        var ids = new List<Guid>();
        for (var i = 0; i < matters; i++)
            ids.Add((await (await clients[0].PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody($"Race {i}")))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());

        var answers = new ConcurrentBag<(Guid Id, HttpStatusCode Status, int Instance)>();
        await Task.WhenAll(ids.SelectMany(id => new[] { onFirst[0], onSecond[0] }.Select(lawyer => Task.Run(async () =>
        {
            var response = await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "StartReview" });
            answers.Add((id, response.StatusCode, Upstream(response)));
        }))));

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)a.Status} for {a.Id}"));
        Assert.Equal(2, answers.Select(a => a.Instance).Distinct().Count());
        foreach (var id in ids)
            Assert.Single(answers, a => a.Id == id && a.Status == HttpStatusCode.OK);
        var subjects = ids.Select(i => i.ToString()).ToList();
        var reviews = await cluster.First.WithDbAsync(db => db.Set<WorkflowHistoryEntry>()
            .Where(h => h.Trigger == "StartReview").Join(db.Set<WorkflowInstance>(), h => h.InstanceId, i => i.Id, (h, i) => i.SubjectId)
            .Where(s => subjects.Contains(s)).ToListAsync());
        Assert.Equal(subjects.Order(), reviews.Order());
        foreach (var client in clients.Concat(onFirst).Concat(onSecond)) client.Dispose();
    }

    // 500 matters, 1,000 deadline claims (the issue's figure): both instances poll for due deadlines every 0.5 s; each reminder and each automatic closing
    // happens once, whoever claims it.
    [ScaleOutFact]
    public async Task Deadlines_due_on_both_instances_remind_once_and_fire_once_each()
    {
        const int matters = 500;
        var key = $"scale-{Guid.NewGuid():N}"[..14];
        var (admins, _) = await cluster.ClientsOnBothAsync(PortalApi.Admin, 1);
        var type = await ScaleOutWorkflow.PublishAsync(admins[0], key);
        var (clients, _) = await cluster.ClientsOnBothAsync("client@demo.portal", 1);
        var (lawyers, others) = await cluster.ClientsOnBothAsync("lawyer@demo.portal", 2);
        var ids = new ConcurrentBag<Guid>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var lawyer = worker < 2 ? lawyers[worker] : others[worker - 2];
            for (var i = worker; i < matters; i += 4)
            {
                var id = (await (await clients[0].PostAsJsonAsync("/api/v1/requests",
                    new { requestTypeId = type, fields = new Dictionary<string, object> { ["subject"] = $"Timer {i}" } }))
                    .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
                await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "AskClient" })).JsonAsync(HttpStatusCode.OK);
                ids.Add(id);
            }
        })));

        var subjects = ids.Select(i => i.ToString()).ToList();
        async Task<List<string>> ClosedAsync() => await cluster.First.WithDbAsync(db => db.Set<WorkflowHistoryEntry>()
            .Where(h => h.Trigger == "CloseUnanswered").Join(db.Set<WorkflowInstance>(), h => h.InstanceId, i => i.Id, (h, i) => i.SubjectId)
            .Where(s => subjects.Contains(s)).ToListAsync());
        // 2.1 min on a quiet machine; the bound is for a loaded one.
        await MailOutageTests.WaitUntilAsync(async () => (await ClosedAsync()).Count >= matters, seconds: 420);
        await Task.Delay(2000); // several more passes on both instances: nothing may fire again

        var closed = await ClosedAsync();
        Assert.Equal(subjects.Order(), closed.Order());
        var reminders = await cluster.First.WithDbAsync(db => db.Set<Notification>()
            .Where(n => n.Type == NotificationTypes.DeadlineReminder && n.Link != null).Select(n => n.Link!).ToListAsync());
        foreach (var id in subjects)
            Assert.Single(reminders, link => link.Contains(id));
        foreach (var client in admins.Concat(clients).Concat(lawyers).Concat(others)) client.Dispose();
    }
}
