using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Designer;

[Collection(BrowserCollection.Name)]
public sealed class DesignerBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_draws_validates_and_publishes_a_workflow_that_a_client_request_then_runs_through()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var categories = await (await admin.GetAsync("/api/v1/request-categories")).JsonAsync(HttpStatusCode.OK);
        var type = await (await admin.PostAsJsonAsync("/api/v1/request-types", NewType(categories[0].GetProperty("id").GetGuid())))
            .JsonAsync(HttpStatusCode.Created);
        var typeId = type.GetProperty("id").GetGuid();

        var page = await browser.NewPageAsync(app.ServerAddress);
        await SignInAsync(page);
        await page.GotoAsync("/designer");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("workflows")).ToContainTextAsync("consultation-request");
        await page.ScreenshotAsync("designer-workflows.en");
        await page.GetByTestId("new-key").FillAsync("hr-complaint");
        await page.GetByTestId("new-name-en").FillAsync("HR complaint");
        await page.GetByTestId("new-name-ar").FillAsync("شكوى موارد بشرية");
        await page.GetByTestId("new-workflow").ClickAsync();
        await page.WaitForURLAsync("**/designer/hr-complaint?**");

        await AddStateAsync(page, "Received", "Received", "تم الاستلام");
        await AddStateAsync(page, "Review", "Under review", "قيد المراجعة");
        await AddStateAsync(page, "Closed", "Closed", "مغلق");
        await page.GetByTestId("state-final").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problem][data-code=final-state-missing]")).ToHaveCountAsync(0);

        // A state with no way out is reported; clicking the report selects the state, which then connects.
        await ConnectFromProblemAsync(page, "Received", "Review");
        await FillTransitionAsync(page, "StartReview", "Start the review", "بدء المراجعة");
        await ConnectFromProblemAsync(page, "Review", "Closed");
        await FillTransitionAsync(page, "Close", "Close with an answer", null);
        await page.GetByTestId("requires-comment").ClickAsync();
        await Assertions.Expect(page.GetByTestId("requires-comment")).ToBeCheckedAsync();
        // Guards are picked from the named ones the engine computes, not typed.
        await Assertions.Expect(page.GetByTestId("transition-guards")).ToContainTextAsync("Every milestone is completed or cancelled (contracts only)");
        await page.GetByTestId("guard-AssigneeSet").SetCheckedOnCircuitAsync(true);

        var missingArabic = page.Locator("[data-testid=problem][data-element='transitions[Close].label.ar']");
        await Assertions.Expect(missingArabic).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("publish")).ToBeDisabledAsync();
        await page.ScreenshotAsync("designer-validation.en");
        await missingArabic.ClickAsync();
        await page.GetByTestId("transition-label-ar").FillAsync("إغلاق مع الرد");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();

        // Moving a state by dragging it on the canvas: the position is saved with the draft.
        await page.GetByTestId("node-Received").ScrollIntoViewIfNeededAsync();
        var received = (await page.GetByTestId("node-Received").BoundingBoxAsync())!;
        var (x, y) = (received.X + received.Width / 2, received.Y + received.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x, y + 120, new() { Steps = 6 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.GetByTestId("state-name")).ToHaveValueAsync("Received");

        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("change-StatesAdded")).ToContainTextAsync("States added");
        await Assertions.Expect(page.GetByTestId("change-StatesAdded")).ToContainTextAsync("Received, Review, Closed");
        await Assertions.Expect(page.GetByTestId("change-TransitionsAdded")).ToContainTextAsync("StartReview, Close");
        await Assertions.Expect(page.GetByTestId("impact-running")).ToContainTextAsync("Nothing is running on this workflow now");
        await page.GetByTestId("publish-note").FillAsync("First version for the HR team");
        await page.ScreenshotAsync("designer-publish.en");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("version-1")).ToContainTextAsync("Published");
        await Assertions.Expect(page.GetByTestId("change-entry").First).ToContainTextAsync("First version for the HR team");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("version-1").GetByRole(AriaRole.Link).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"key\": \"hr-complaint\"", exported);
        Assert.Contains("\"position\"", exported);

        await page.GetByTestId("assign-type").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameString = "Workplace complaint (consultation-request)" }).ClickAsync();
        await page.GetByTestId("assign-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("uses")).ToContainTextAsync("Workplace complaint");
        await page.ScreenshotAsync("designer-published.en");
        var assigned = await (await admin.GetAsync($"/api/v1/request-types/{typeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("hr-complaint", assigned.GetProperty("workflowKey").GetString());

        // The saved draft kept where the states were drawn.
        var saved = await (await admin.GetAsync("/api/v1/workflow-definitions/hr-complaint/versions/1")).JsonAsync(HttpStatusCode.OK);
        var positions = saved.GetProperty("definition").GetProperty("states").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("position").GetProperty("y").GetDouble());
        Assert.True(positions["Received"] > positions["Review"] + 60, $"Received was not moved down: {string.Join(", ", positions)}");
        var close = saved.GetProperty("definition").GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("trigger").GetString() == "Close");
        Assert.Equal(["AssigneeSet"], close.GetProperty("guards").EnumerateArray().Select(g => g.GetString()));

        var client = await app.SignedInAsync("client@demo.portal");
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = typeId, fields = new Dictionary<string, object> { ["subject"] = "Unpaid overtime" } }))
            .JsonAsync(HttpStatusCode.Created);
        var matterId = submitted.GetProperty("id").GetGuid();
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matterId}/transitions", new { trigger = "StartReview" })).JsonAsync(HttpStatusCode.OK);
        // The picked guard holds once a lawyer is assigned.
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matterId}/transitions", new { trigger = "Close", comment = "Overtime is payable." })).StatusCode);
        var lawyerId = (await (await lawyer.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        (await lawyer.PutAsJsonAsync($"/api/v1/matters/{matterId}/assignee", new { lawyerId })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.BadRequest, (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matterId}/transitions", new { trigger = "Close" })).StatusCode);
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matterId}/transitions", new { trigger = "Close", comment = "Overtime is payable." })).JsonAsync(HttpStatusCode.OK);
        var matter = await (await lawyer.GetAsync($"/api/v1/matters/{matterId}")).JsonAsync(HttpStatusCode.OK);
        var instanceId = matter.GetProperty("workflowInstanceId").GetGuid();

        await page.GotoAsync($"/designer/instances/{instanceId}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("path-trigger")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("path")).ToContainTextAsync("Close with an answer");
        await Assertions.Expect(page.GetByTestId("path")).ToContainTextAsync("Overtime is payable.");
        await Assertions.Expect(page.Locator(".wd-node.wd-current")).ToContainTextAsync("Closed");
        await page.ScreenshotAsync("designer-instance.en");

        await page.GotoAsync("/language/ar?returnUrl=" + Uri.EscapeDataString($"/designer/instances/{instanceId}"));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("path")).ToContainTextAsync("إغلاق مع الرد");
        await page.ScreenshotAsync("designer-instance.ar");
        await page.GotoAsync("/designer/hr-complaint");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("node-Review")).ToContainTextAsync("قيد المراجعة");
        await page.GetByTestId("node-Closed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("state-name")).ToHaveValueAsync("Closed");
        await page.ScreenshotAsync("designer.ar");
        await page.GotoAsync("/designer");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("workflows")).ToContainTextAsync("شكوى موارد بشرية");
        await page.ScreenshotAsync("designer-workflows.ar");
    }

    [BrowserFact]
    public async Task Dragging_from_a_state_onto_another_draws_a_transition_delete_removes_it_and_an_imported_file_becomes_a_draft()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await SignInAsync(page);
        await page.GotoAsync("/designer/consultation-request");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();

        var port = page.GetByTestId("node-Drafting").Locator(".diagram-port.right");
        var target = page.GetByTestId("node-Closed");
        await target.ScrollIntoViewIfNeededAsync();
        var from = (await port.BoundingBoxAsync())!;
        var to = (await target.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(page.GetByTestId("transition-trigger")).ToHaveValueAsync("Move1");
        await Assertions.Expect(page.GetByTestId("transition-from")).ToHaveValueAsync("Drafting");
        await Assertions.Expect(page.Locator("[data-testid=problem][data-element='transitions[Move1].label.en']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("designer-drag-connect.en");

        await page.GetByTestId("transition-delete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nothing-selected")).ToBeVisibleAsync();

        // Import: a definition file becomes a draft of its own key, drawn by the automatic layout.
        var json = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "consultation-request.json")))
            .Replace("\"key\": \"consultation-request\"", "\"key\": \"imported-consultation\"", StringComparison.Ordinal);
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "imported.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await page.WaitForURLAsync("**/designer/imported-consultation");
        await Assertions.Expect(page.GetByTestId("version-1")).ToContainTextAsync("Draft");
        await Assertions.Expect(page.GetByTestId("node-Drafting")).ToBeVisibleAsync();
    }

    static object NewType(Guid categoryId) => new
    {
        categoryId,
        name = new { en = "Workplace complaint", ar = "شكوى عمل" },
        description = new { en = "Tell us what happened at work.", ar = "أخبرنا بما حدث في العمل." },
        creates = "Matter",
        workflowKey = "consultation-request",
        audience = "AllClients",
        fields = new[] { new { key = "subject", type = "Text", label = new { en = "Subject", ar = "الموضوع" }, required = true, order = 1 } },
    };

    static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync(PortalApi.Admin);
        await page.GetByTestId("password").FillAsync(PortalApi.AdminPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/team");
    }

    static async Task AddStateAsync(IPage page, string name, string en, string ar)
    {
        await page.GetByTestId("add-state").ClickAsync();
        // The panel shows the new state (named State1, State2…) before we type into it.
        await Assertions.Expect(page.GetByTestId("state-name")).ToHaveValueAsync(new Regex("^State[0-9]+$"));
        await page.GetByTestId("state-name").FillAsync(name);
        await page.GetByTestId("state-label-en").FillAsync(en);
        await page.GetByTestId("state-label-ar").FillAsync(ar);
        await Assertions.Expect(page.GetByTestId("node-" + name)).ToContainTextAsync(en);
        await Assertions.Expect(page.Locator($"[data-testid=problem][data-element^='states[{name}].label']")).ToHaveCountAsync(0);
    }

    static async Task ConnectFromProblemAsync(IPage page, string from, string to)
    {
        var problem = page.Locator($"[data-testid=problem][data-code=state-dead-end][data-element='states[{from}]']");
        // The list re-renders while the last edits arrive; a click can land on a neighbour that just moved up.
        for (var attempt = 1; ; attempt++)
        {
            await problem.ClickAsync();
            try
            {
                await Assertions.Expect(page.GetByTestId("state-name")).ToHaveValueAsync(from, new() { Timeout = 3000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
        await page.GetByTestId("connect-to").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameString = to, Exact = true }).ClickAsync();
        await page.GetByTestId("connect").ClickAsync();
        await Assertions.Expect(page.GetByTestId("transition-trigger")).ToHaveValueAsync(new Regex("^Move[0-9]+$"));
    }

    static async Task FillTransitionAsync(IPage page, string trigger, string en, string? ar)
    {
        await page.GetByTestId("transition-trigger").FillAsync(trigger);
        await page.GetByTestId("transition-label-en").FillAsync(en);
        if (ar is not null) await page.GetByTestId("transition-label-ar").FillAsync(ar);
        // The problem list re-renders as we type: let it settle before the next click lands on it.
        var labelProblems = page.Locator($"[data-testid=problem][data-element^='transitions[{trigger}].label']");
        await Assertions.Expect(labelProblems).ToHaveCountAsync(ar is null ? 1 : 0);
    }
}
