using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Sign_in_page_switches_to_arabic_right_to_left_and_stays_after_a_reload()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);

        await page.GotoAsync("/account/sign-in");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync("sign-in.en");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        Assert.EndsWith("/account/sign-in", page.Url);
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("تسجيل الدخول", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync("sign-in.ar");

        await page.ReloadAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("تسجيل الدخول", await page.Locator("h1").InnerTextAsync());
    }

    [BrowserFact]
    public async Task A_lawyer_signs_in_and_reaches_the_legal_team_home_in_arabic()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/language/ar?returnUrl=/account/sign-in");

        await page.GetByTestId("email").FillAsync("lawyer@demo.portal");
        await page.GetByTestId("password").FillAsync("Demo#Portal2026");
        await page.GetByTestId("sign-in").ClickAsync();

        await page.WaitForURLAsync("**/team");
        await page.WaitForCircuitAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("الفريق القانوني", await page.GetByTestId("team-home").InnerTextAsync());
        await page.ScreenshotAsync("team-home.ar");
    }

    [BrowserFact]
    public async Task A_wrong_password_shows_a_clear_message()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/account/sign-in");

        await page.GetByTestId("email").FillAsync("lawyer@demo.portal");
        await page.GetByTestId("password").FillAsync("not the password");
        await page.GetByTestId("sign-in").ClickAsync();

        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("not correct");
    }
}
