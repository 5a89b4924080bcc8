using System.Net;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Designer;

// The condition builder and the deadlines panel, from an imported draft to an exported published version.
[Collection(BrowserCollection.Name)]
public sealed class ConditionsBrowserTests(BrowserFixture browser)
{
    internal const string Draft = """
        {
          "key": "board-routing",
          "name": { "en": "Board routing", "ar": "توجيه المجلس" },
          "initialState": "Prepared",
          "fields": [
            { "name": "contractValue", "type": "money", "label": { "en": "Contract value", "ar": "قيمة العقد" } },
            { "name": "hearingDate", "type": "date", "label": { "en": "Hearing date", "ar": "تاريخ الجلسة" } }
          ],
          "states": [
            { "name": "Prepared", "category": "Open", "label": { "en": "Prepared", "ar": "معدّ" } },
            { "name": "Board", "category": "InProgress", "label": { "en": "Board approval", "ar": "اعتماد المجلس" },
              "deadlines": [ { "field": "hearingDate", "before": "P7D", "remind": ["AssignedLawyer"],
                "comment": { "en": "The hearing is in a week.", "ar": "الجلسة بعد أسبوع." } } ] },
            { "name": "Review", "category": "InProgress", "label": { "en": "Review", "ar": "مراجعة" } },
            { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" } }
          ],
          "transitions": [
            { "trigger": "Submit", "from": "Prepared", "to": "Board", "label": { "en": "Send to the board", "ar": "إحالة إلى المجلس" }, "allowed": ["LegalTeam"] },
            { "trigger": "Submit", "from": "Prepared", "to": "Review", "label": { "en": "Send for review", "ar": "إحالة للمراجعة" }, "allowed": ["LegalTeam"] },
            { "trigger": "Decide", "from": "Board", "to": "Closed", "label": { "en": "Board decided", "ar": "قرر المجلس" }, "allowed": ["LegalTeam"] },
            { "trigger": "Finish", "from": "Review", "to": "Closed", "label": { "en": "Finish the review", "ar": "إنهاء المراجعة" }, "allowed": ["LegalTeam"] }
          ]
        }
        """;

    [BrowserFact]
    public async Task An_admin_routes_by_value_and_sets_a_deadline_from_pickers_and_the_published_export_carries_both()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SignInAsync(PortalApi.Admin, PortalApi.AdminPassword);
        await page.GotoAsync("/designer/consultation-request");
        await page.WaitForCircuitAsync();
        await ImportAsync(page, Draft, "board-routing");

        // Two branches of Submit without a condition: the problem names the transition by its label.
        var ambiguous = page.Locator("[data-testid=problem][data-code=trigger-ambiguous]");
        await Assertions.Expect(ambiguous.GetByTestId("problem-element")).ToHaveTextAsync("Transition “Send to the board”");
        await ambiguous.ClickAsync();
        await Assertions.Expect(page.GetByTestId("transition-label-en")).ToHaveValueAsync("Send to the board");

        await page.GetByTestId("condition-add").ClickAsync();
        var row = page.Locator("[data-testid=problem][data-element='transitions[Submit].when.all[0]']");
        await Assertions.Expect(row).ToContainTextAsync("Transition “Send to the board” › condition › row 1");
        await Assertions.Expect(row).ToContainTextAsync("Choose the field to compare.");
        await Assertions.Expect(ambiguous).ToHaveCountAsync(0);
        await PickAsync(page, "condition-field-0", "Contract value");
        await PickAsync(page, "condition-op-0", "is greater than");
        await Assertions.Expect(row).ToContainTextAsync("'Contract value' is greater than: a value is needed.");
        await Assertions.Expect(page.GetByTestId("condition-sentence")).ToContainTextAsync("Only when Contract value is greater than …");

        // A deadline on Review: three business days, remind the requester, then close by itself.
        await page.GetByTestId("node-Review").ClickAsync();
        await Assertions.Expect(page.GetByTestId("state-name")).ToHaveValueAsync("Review");
        await page.GetByTestId("deadline-add").ClickAsync();
        var idle = page.Locator("[data-testid=problem][data-code=deadline-does-nothing]");
        await Assertions.Expect(idle).ToContainTextAsync("State “Review” › deadline 1");
        await Assertions.Expect(idle).ToContainTextAsync("A deadline must remind, escalate or fire a transition.");
        await page.GetByTestId("deadline-0-amount").FillAsync("2");
        await Assertions.Expect(page.GetByTestId("deadline-0-iso")).ToHaveValueAsync("P2D");
        await PickAsync(page, "deadline-0-calendar", "Business days (the working calendar)");
        await page.GetByTestId("deadline-0-remind-Requester").SetCheckedOnCircuitAsync(true);
        await PickAsync(page, "deadline-0-fire", "Finish the review");
        await page.GetByTestId("deadline-0-comment-en").FillAsync("Closed: no answer");
        await page.GetByTestId("deadline-0-comment-ar").FillAsync("أغلق لعدم الرد");
        await Assertions.Expect(page.Locator("[data-testid=problem][data-element^='states[Review]']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("deadline-0-sentence"))
            .ToHaveTextAsync("2 days (business) after entering the state: remind Requester, fire “Finish the review”");
        await page.ScreenshotAsync("designer-conditions.en");
        await page.GetByTestId("save-draft").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);

        // The same incomplete row, read in Arabic, then fixed there.
        await page.GotoAsync("/language/ar?returnUrl=" + Uri.EscapeDataString("/designer/board-routing"));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(row).ToContainTextAsync("الانتقال «إحالة إلى المجلس» ‹ الشرط ‹ الصف 1");
        await Assertions.Expect(row).ToContainTextAsync("'قيمة العقد' أكبر من: القيمة مطلوبة.");
        await page.ScreenshotAsync("designer-conditions.ar");
        await row.ClickAsync();
        await page.GetByTestId("condition-value-0").FillAsync("500000");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("condition-sentence")).ToContainTextAsync("قيمة العقد أكبر من 500000");
        await UsableAsync(page, "condition");
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("impact-running")).ToContainTextAsync("لا شيء يعمل على سير العمل هذا الآن");
        await page.ScreenshotAsync("designer-publish.ar");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("version-1")).ToContainTextAsync("منشور");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("version-1").GetByRole(AriaRole.Link).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        var definition = JsonDocument.Parse(exported).RootElement;
        var board = definition.GetProperty("transitions").EnumerateArray().First(t => t.GetProperty("to").GetString() == "Board");
        Assert.Equal("""{"all":[{"field":"contractValue","op":"gt","value":500000}]}""", Compact(board.GetProperty("when")));
        var states = definition.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("""[{"after":"P2D","calendar":"business","remind":["Requester"],"fire":"Finish","comment":{"en":"Closed: no answer","ar":"أغلق لعدم الرد"}}]""",
            Compact(states["Review"].GetProperty("deadlines")));
        Assert.Equal("""[{"before":"P7D","field":"hearingDate","remind":["AssignedLawyer"],"comment":{"en":"The hearing is in a week.","ar":"الجلسة بعد أسبوع."}}]""",
            Compact(states["Board"].GetProperty("deadlines")));

        // The export imports again with all of it, and the builder shows it.
        await ImportAsync(page, exported.Replace("\"key\": \"board-routing\"", "\"key\": \"board-routing-copy\"", StringComparison.Ordinal), "board-routing-copy");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();
        var copy = await admin.GetAsync("/api/v1/workflow-definitions/board-routing-copy/versions/1/export");
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        var again = JsonDocument.Parse(await copy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Compact(definition.GetProperty("transitions")), Compact(again.GetProperty("transitions")));
        Assert.Equal(Compact(definition.GetProperty("states")), Compact(again.GetProperty("states")));
        await page.GetByTestId("node-Board").ClickAsync();
        await Assertions.Expect(page.GetByTestId("deadline-0-sentence")).ToContainTextAsync("تاريخ الجلسة");
        await Assertions.Expect(page.GetByTestId("deadline-0-direction")).ToBeVisibleAsync();
        await UsableAsync(page, "deadlines");
    }

    // The panel open, axe finds nothing serious, and on a 390 px phone nothing is wider than the screen.
    internal static async Task UsableAsync(IPage page, string panel)
    {
        await Assertions.Expect(page.GetByTestId(panel)).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "critical" or "serious")
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {n.Target} {n.Html}")).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByTestId(panel).ScrollIntoViewIfNeededAsync();
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(await page.EvaluateAsync<string>(Overflow));
        }
        await page.ScreenshotAsync($"designer-{panel}.phone.ar");
        await page.SetViewportSizeAsync(1280, 800);
    }

    const string Overflow = """
        () => {
          const width = window.innerWidth, found = [];
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
            const p = e.parentElement?.getBoundingClientRect();
            if (p && (p.right > width + 1 || p.left < -1)) continue;
            const id = e.getAttribute('data-testid');
            found.push(`${e.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${[...e.classList].slice(0, 3).join('.')} ${Math.round(r.left)}..${Math.round(r.right)}`);
          }
          return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${found.slice(0, 6).join(' | ')}`;
        }
        """;

    static string Compact(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    internal static async Task ImportAsync(IPage page, string json, string key)
    {
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = key + ".json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await page.WaitForURLAsync("**/designer/" + key);
        await page.WaitForCircuitAsync();
    }

    internal static async Task PickAsync(IPage page, string select, string option)
    {
        await page.GetByTestId(select).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameString = option, Exact = true }).ClickAsync();
    }
}
