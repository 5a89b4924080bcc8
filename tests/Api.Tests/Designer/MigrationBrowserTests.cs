using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Processes.MigrationApi;

namespace WorkflowPortal.Api.Tests.Designer;

[Collection(BrowserCollection.Name)]
public sealed class MigrationBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task An_admin_maps_the_new_state_dry_runs_and_migrates_three_matters_in_English() =>
        JourneyAsync("en", "Version 2", "3 instance(s) migrated.", "Migrated from version 1 to 2");

    [BrowserFact]
    public Task An_admin_maps_the_new_state_dry_runs_and_migrates_three_matters_in_Arabic() =>
        JourneyAsync("ar", "الإصدار 2", "نُقلت 3 حالة.", "نُقل من الإصدار 1 إلى 2");

    async Task JourneyAsync(string language, string version2, string migrated, string historyLine)
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var client = await app.SignedInAsync("client@demo.portal");
        foreach (var subject in new[] { "Unpaid salary", "Lease dispute", "Trademark question" })
            await SubmitConsultationAsync(client, subject);
        // Version 2 has a new first state, "Intake", in place of "Received": drafted, then published in
        // the designer after its impact: the three matters sit in the state it removes, whose status
        // label the client would no longer read.
        await SaveDraftAsync(admin, Consultation, RenameReceivedToIntake);

        var page = await browser.SignInAsync(app, PortalApi.Admin, language, PortalApi.AdminPassword);
        await page.OpenAsync($"/designer/{Consultation}");
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("impact-StatesRemoved-Received")).ToContainTextAsync(language == "ar" ? "(3 قيد التشغيل)" : "(3 running)");
        await Assertions.Expect(page.GetByTestId("impact-label-Received")).ToContainTextAsync(language == "ar" ? "(حُذفت الحالة)" : "(state removed)");
        await page.GetByTestId("publish-note").FillAsync("Intake replaces Received");
        await page.ScreenshotAsync($"designer-publish-impact.{language}");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("change-log")).ToContainTextAsync("Intake replaces Received");
        await page.GetByTestId("migrate-link").ClickAsync();
        await page.WaitForURLAsync($"**/designer/{Consultation}/migrate");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("to-version")).ToContainTextAsync(version2);
        await page.GetByTestId("dry-run").ClickAsync();

        // "Received" has no same-name state in version 2: highlighted until it is mapped.
        await Assertions.Expect(page.GetByTestId("unmapped-warning")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("map-Received")).ToHaveClassAsync("wd-unmapped");
        await page.ScreenshotAsync($"migration-mapping.{language}");
        await page.GetByTestId("target-Received").SelectOptionAsync("Intake");
        await Assertions.Expect(page.GetByTestId("unmapped-warning")).ToHaveCountAsync(0);
        var rows = page.GetByTestId("dry-run-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Locator("input[type=checkbox]:checked")).ToHaveCountAsync(3);
        await Assertions.Expect(rows.First.GetByTestId("client-label")).ToContainTextAsync(language == "ar" ? "مسجّل لدى المكتب" : "Registered with the firm");

        // The search narrows the list by reference; "choose none" and "choose all" act on what is listed.
        var reference = (await rows.First.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await page.GetByTestId("dry-run-search").FillAsync(reference);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(reference);
        await page.GetByTestId("dry-run-search").FillAsync("");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await page.GetByTestId("choose-none").ClickAsync();
        await Assertions.Expect(page.GetByTestId("apply")).ToBeDisabledAsync();
        await page.GetByTestId("choose-all").ClickAsync();
        await Assertions.Expect(rows.Locator("input[type=checkbox]:checked")).ToHaveCountAsync(3);

        // Phone width: the tables scroll inside their box, the page itself does not overflow.
        await page.SetViewportSizeAsync(390, 844);
        // The layout reflows after the resize: wait for it (times out, and fails, if the page keeps overflowing).
        // A function, not an expression: Playwright evaluates a bare expression with eval, which the CSP refuses.
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1", null, new() { Timeout = 10000 });
        await page.ScreenshotAsync($"migration-dry-run-phone.{language}");
        await page.SetViewportSizeAsync(1280, 800);

        await page.GetByTestId("apply").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { NameString = language == "ar" ? "نقل" : "Migrate", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("migrated-count")).ToContainTextAsync(migrated);
        await Assertions.Expect(page.GetByTestId("result-table").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.ScreenshotAsync($"migration-result.{language}");

        await page.GetByTestId("result-table").Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/designer/instances/**");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("path")).ToContainTextAsync(historyLine);
        await Assertions.Expect(page.GetByTestId("path")).ToContainTextAsync("Received → Intake");
    }
}
