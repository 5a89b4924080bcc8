using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Shell;

[Collection(PageSweepCollection.Name)]
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
    public async Task A_lawyer_signs_in_in_english_and_switches_the_legal_team_home_to_arabic()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/language/ar?returnUrl=/account/sign-in");

        await page.GetByTestId("email").FillAsync("lawyer@demo.portal");
        await page.GetByTestId("password").FillAsync("Demo#Portal2026");
        await page.GetByTestId("sign-in").ClickAsync();

        // The lawyer's own language (English) wins over the one the sign-in page was shown in.
        await page.WaitForURLAsync("**/team");
        await page.WaitForCircuitAsync();
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.WaitForCircuitAsync();
        Assert.Equal("الفريق القانوني", await page.GetByTestId("team-home").InnerTextAsync());
        await page.ScreenshotAsync("team-home.ar");
    }

    [BrowserFact]
    public Task An_arabic_person_gets_arabic_after_signing_in_on_a_desktop() => ArabicAfterSignInAsync(1280, 800);

    [BrowserFact]
    public Task An_arabic_person_gets_arabic_after_signing_in_on_a_phone() => ArabicAfterSignInAsync(390, 844);

    // From a browser set to English with an English cookie: the person's own language wins.
    async Task ArabicAfterSignInAsync(int width, int height)
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/language/en?returnUrl=/account/sign-in");
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());

        await page.GetByTestId("email").FillAsync("sara@demo.portal");
        await page.GetByTestId("password").FillAsync("Demo#Portal2026");
        await page.GetByTestId("sign-in").ClickAsync();

        await page.WaitForURLAsync("**/portal");
        await page.WaitForCircuitAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("بوابة العملاء", await page.GetByTestId("portal-home").InnerTextAsync());
        await page.ScreenshotAsync($"portal-home-after-sign-in.ar.{width}");
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
