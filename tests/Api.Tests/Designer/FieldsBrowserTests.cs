using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Designer;

// The designer's data fields: declared, typed and labelled on the page, renamed everywhere they are read.
[Collection(BrowserCollection.Name)]
public sealed class FieldsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_admin_declares_a_choice_field_renames_one_in_use_and_cannot_remove_what_a_condition_reads()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SignInAsync(PortalApi.Admin, PortalApi.AdminPassword);
        await page.GotoAsync("/designer/consultation-request");
        await page.WaitForCircuitAsync();
        await ConditionsBrowserTests.ImportAsync(page, TestRunBrowserTests.Draft, "board-trial");

        // The value the condition reads and the date the deadline counts from cannot be removed.
        await Assertions.Expect(page.GetByTestId("field-0-uses")).ToContainTextAsync("Transition “Send on”");
        await Assertions.Expect(page.GetByTestId("field-0-remove")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("field-1-uses")).ToContainTextAsync("State “Board approval”");

        // A new field: a name that is not one word is refused, then a choice with its options.
        await page.GetByTestId("field-add").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problem][data-element='fields[field1].label.en']")).ToBeVisibleAsync();
        await page.GetByTestId("field-2-name").FillAsync("court type");
        await page.Keyboard.PressAsync("Tab");
        var badName = page.Locator("[data-testid=problem][data-code=field-name-invalid]");
        await Assertions.Expect(badName).ToContainTextAsync("must be one word of Latin letters and digits");
        await page.GetByTestId("field-2-name").FillAsync("court");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(badName).ToHaveCountAsync(0);
        await ConditionsBrowserTests.PickAsync(page, "field-2-type", "Choice");
        await page.GetByTestId("field-2-options").FillAsync("Riyadh, Jeddah");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByTestId("field-2-label-en").FillAsync("Court");
        await page.GetByTestId("field-2-label-ar").FillAsync("المحكمة");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();

        // Renaming the value renames the condition that reads it.
        await page.GetByTestId("field-0-name").FillAsync("dealValue");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("field-0-uses")).ToContainTextAsync("Transition “Send on”");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();
        await page.GetByTestId("save-draft").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);

        var export = await admin.GetAsync("/api/v1/workflow-definitions/board-trial/versions/1/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var definition = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement;
        var court = definition.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "court");
        Assert.Equal(("choice", "Riyadh,Jeddah"), (court.GetProperty("type").GetString(),
            string.Join(",", court.GetProperty("options").EnumerateArray().Select(o => o.GetString()))));
        var board = definition.GetProperty("transitions").EnumerateArray().First(t => t.GetProperty("to").GetString() == "Board");
        Assert.Equal("dealValue", board.GetProperty("when").GetProperty("all")[0].GetProperty("field").GetString());

        // In Arabic, on a phone: the same panel and its refusals read in Arabic.
        await page.GotoAsync("/language/ar?returnUrl=" + Uri.EscapeDataString("/designer/board-trial"));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("fields")).ToContainTextAsync("حقول البيانات");
        await page.GetByTestId("field-2-name").FillAsync("2court");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(badName).ToContainTextAsync("يجب أن يكون اسم الحقل");
        await page.GetByTestId("field-2-name").FillAsync("court");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("valid")).ToBeVisibleAsync();
        await ConditionsBrowserTests.UsableAsync(page, "fields");
    }
}
