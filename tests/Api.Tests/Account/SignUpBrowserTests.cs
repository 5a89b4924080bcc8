using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed class SignUpBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_person_signs_up_confirms_the_emailed_link_and_signs_in_in_arabic()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Account:SignUp"] = "AutoApprove" }, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress, "ar");
        await page.GotoAsync("/language/ar?returnUrl=/account/sign-in");
        await page.GetByTestId("sign-up-link").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-up");

        await page.GetByTestId("display-name").FillAsync("ريم الحربي");
        await page.GetByTestId("email").FillAsync("reem@self.example");
        await page.GetByTestId("password").FillAsync("Reem#Portal2026");
        await page.GetByTestId("confirm-password").FillAsync("Reem#Portal2026");
        await page.ScreenshotAsync("sign-up.ar");
        await page.GetByTestId("sign-up").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-up-sent")).ToBeVisibleAsync();

        var email = await app.WaitForPickupAsync("reem@self.example");
        Assert.Contains("dir=\"rtl\"", email.HtmlBody);
        var (link, _, _) = PortalApi.LinkIn(email);
        await page.GotoAsync(link.PathAndQuery);
        await page.GetByTestId("confirm-email").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-admitted")).ToBeVisibleAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync("reem@self.example");
        await page.GetByTestId("password").FillAsync("Reem#Portal2026");
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/portal");
        await page.WaitForCircuitAsync();
        Assert.Equal("بوابة العملاء", await page.GetByTestId("portal-home").InnerTextAsync());

        await page.GotoAsync("/profile");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("save-profile")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile.ar");
        await page.GotoAsync("/notifications");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("no-notifications")).ToHaveTextAsync("لا توجد لديك إشعارات.");
        await page.ScreenshotAsync("notifications.ar");
    }
}
