using System.Net;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Reliability;

// The administrator's side of a mail outage: the failed emails page lists what could not be sent,
// finds one by address, and sends one or all again after a confirmation, in English and Arabic.
[Collection(BrowserCollection.Name)]
public sealed class FailedMailBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_admin_finds_the_failed_emails_and_retries_one_then_all_each_delivered_once()
    {
        await using var smtp = SmtpFixture.StartNew(running: false);
        var settings = smtp.Settings();
        settings["Email:MaxAttempts"] = "2";
        await using var app = PortalApp.OnSqlite(settings, kestrel: true);
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Page Outage Co");
        string[] invited = ["alpha@down.example", "bravo@down.example", "charlie@down.example"];
        foreach (var email in invited) await admin.InvitePortalUserAsync(email, clientId);
        await MailOutageTests.WaitUntilAsync(async () =>
            (await (await admin.GetAsync("/api/v1/outbox/failed?search=down.example")).JsonAsync(HttpStatusCode.OK))
                .GetProperty("items").GetArrayLength() == 3);

        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SignInAsync(PortalApi.Admin, PortalApi.AdminPassword);
        await page.GotoAsync("/admin/failed-emails");
        await page.WaitForCircuitAsync();
        var recipients = page.GetByTestId("failed-recipient");
        foreach (var email in invited)
            await Assertions.Expect(recipients.Filter(new() { HasText = email })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("failed-emails.en");

        await page.GetByTestId("search").FillAsync("bravo");
        await Assertions.Expect(recipients).ToHaveCountAsync(1);
        smtp.Start();
        await page.GetByTestId("retry").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send again" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-failed-emails")).ToBeVisibleAsync();
        await smtp.WaitForMessageToAsync("bravo@down.example");

        await page.GotoAsync("/language/ar?returnUrl=/admin/failed-emails");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "رسائل بريد متعثّرة" })).ToBeVisibleAsync();
        await Assertions.Expect(recipients.Filter(new() { HasText = "down.example" })).ToHaveCountAsync(2);
        await page.ScreenshotAsync("failed-emails.ar");
        await page.GetByTestId("retry-all").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "أعد الإرسال" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-failed-emails")).ToBeVisibleAsync();

        foreach (var email in invited) await smtp.WaitForMessageToAsync(email);
        await Task.Delay(1500); // several dispatcher ticks: nothing may be sent again
        foreach (var email in invited)
            Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == email));
    }
}
