using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Processes;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Designer;

// The designer's test run: the draft on screen played as a role with sample values, in memory.
[Collection(BrowserCollection.Name)]
public sealed class TestRunBrowserTests(BrowserFixture browser)
{
    internal const string Draft = """
        {
          "key": "board-trial",
          "name": { "en": "Board trial", "ar": "تجربة المجلس" },
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
            { "trigger": "Submit", "from": "Prepared", "to": "Board", "label": { "en": "Send on", "ar": "إحالة" }, "allowed": ["LegalTeam"],
              "notify": ["Requester"], "when": { "all": [ { "field": "contractValue", "op": "gt", "value": 500000 } ] } },
            { "trigger": "Submit", "from": "Prepared", "to": "Review", "label": { "en": "Send on", "ar": "إحالة" }, "allowed": ["LegalTeam"], "notify": ["Requester"] },
            { "trigger": "Decide", "from": "Board", "to": "Closed", "label": { "en": "Board decided", "ar": "قرر المجلس" }, "allowed": ["LegalTeam"] },
            { "trigger": "Finish", "from": "Review", "to": "Closed", "label": { "en": "Finish the review", "ar": "إنهاء المراجعة" }, "allowed": ["LegalTeam"] }
          ]
        }
        """;

    [BrowserFact]
    public async Task The_legal_team_plays_the_draft_sees_the_branch_the_deadline_and_what_would_go_out_and_nothing_is_written()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SignInAsync(PortalApi.Admin, PortalApi.AdminPassword);
        await page.GotoAsync("/designer/consultation-request");
        await page.WaitForCircuitAsync();
        await ConditionsBrowserTests.ImportAsync(page, Draft, "board-trial");
        var before = await TestRunTests.CountsAsync(app);

        await page.GetByTestId("test-open").ClickAsync();
        var panel = page.GetByTestId("test-run");
        await Assertions.Expect(panel.GetByTestId("test-nothing-saved")).ToContainTextAsync("Nothing is saved or sent");
        await page.GetByTestId("test-sample-contractValue").FillAsync("750000");
        await page.GetByTestId("test-sample-hearingDate").FillAsync("2027-03-15");
        await page.GetByTestId("test-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-state")).ToHaveAttributeAsync("data-state", "Prepared");
        await Assertions.Expect(page.GetByTestId("test-state")).ToContainTextAsync($"Now in: {I("Prepared")}");

        // Above the limit the condition sends it to the board, whose deadline counts back from the hearing.
        await page.GetByTestId("test-fire-Submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-state")).ToHaveAttributeAsync("data-state", "Board");
        var step = page.GetByTestId("test-step-1");
        var chosen = step.Locator("[data-chosen=true]");
        await Assertions.Expect(chosen).ToContainTextAsync("Board approval: Contract value is greater than 500000 · holds");
        await Assertions.Expect(step.Locator("[data-chosen=false]")).ToContainTextAsync("otherwise");
        await Assertions.Expect(step.GetByTestId("test-deadlines-set")).ToContainTextAsync("The hearing is in a week.");
        await Assertions.Expect(step.GetByTestId("test-deadlines-set")).ToContainTextAsync("8 March 2027");
        await Assertions.Expect(step.GetByTestId("test-deadlines-set")).ToContainTextAsync($"remind {I("Assigned lawyer")}");
        await Assertions.Expect(step.GetByTestId("test-outgoing").Locator("[data-kind=Notify]")).ToContainTextAsync($"Notification to {I("Requester")}");
        await Assertions.Expect(page.GetByTestId("test-fire-Decide")).ToBeVisibleAsync();

        // Back one step, a value under the limit: the otherwise-branch to the review.
        await page.GetByTestId("test-undo").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-state")).ToHaveAttributeAsync("data-state", "Prepared");
        await page.GetByTestId("test-sample-contractValue").FillAsync("1000");
        await page.GetByTestId("test-start").ClickAsync();
        await page.GetByTestId("test-fire-Submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-state")).ToHaveAttributeAsync("data-state", "Review");
        await Assertions.Expect(page.GetByTestId("test-step-1").Locator("[data-chosen=true]")).ToContainTextAsync("Review: otherwise");
        await page.GetByTestId("test-fire-Finish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-ended")).ToBeVisibleAsync();

        // The client plays it: nothing is theirs to do, and the panel says why.
        await ConditionsBrowserTests.PickAsync(page, "test-role", "Requester");
        await page.GetByTestId("test-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-none-permitted")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("test-refused").Locator("[data-trigger=Submit]")).ToContainTextAsync("Send on:");
        await page.ScreenshotAsync("designer-test-run.en");

        // In Arabic, on a phone.
        await page.GotoAsync("/language/ar?returnUrl=" + Uri.EscapeDataString("/designer/board-trial"));
        await page.WaitForCircuitAsync();
        await page.GetByTestId("test-open").ClickAsync();
        await page.GetByTestId("test-sample-contractValue").FillAsync("600000");
        await page.GetByTestId("test-start").ClickAsync();
        await page.GetByTestId("test-fire-Submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-state")).ToContainTextAsync($"الحالة الآن: {I("اعتماد المجلس")}");
        await Assertions.Expect(page.GetByTestId("test-step-1").Locator("[data-chosen=true]")).ToContainTextAsync("قيمة العقد أكبر من 500000");
        await Assertions.Expect(page.GetByTestId("test-step-1").GetByTestId("test-outgoing")).ToContainTextAsync("إشعار إلى");
        await ConditionsBrowserTests.UsableAsync(page, "test-run");

        Assert.Equal(before, await TestRunTests.CountsAsync(app));
    }

    // A name inside a sentence is isolated (FSI … PDI) so that it cannot reorder the words around it.
    static string I(string name) => $"\u2068{name}\u2069";
}
