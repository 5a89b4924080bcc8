using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed class TwoFactorBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_lawyer_required_to_use_two_factor_enrolls_from_the_profile_and_then_signs_in_with_a_code()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var address = app.ServerAddress;
        using (var admin = await app.SignedInAsync(PortalApi.Admin))
        {
            await (await admin.PutAsJsonAsync("/api/v1/settings/access", new { signUpMode = "Disabled", requireTwoFactorForLegalTeam = true }))
                .JsonAsync(HttpStatusCode.OK);
        }

        var page = await browser.NewPageAsync(address);
        await SignInAsync(page);
        await page.WaitForURLAsync("**/profile?twoFactorRequired=true");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("two-factor-required")).ToBeVisibleAsync();

        await page.GetByTestId("two-factor-start").ClickAsync();
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.GetByTestId("two-factor-code").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { NameString = "Verify and turn on" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("two-factor-on")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile-recovery-codes.en");

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in");
        await SignInAsync(page);
        await page.WaitForURLAsync("**/account/sign-in-2fa**");
        await page.GetByTestId("code").FillAsync("000000");
        await page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(page.GetByTestId("two-factor-error")).ToBeVisibleAsync();
        await page.GetByTestId("code").FillAsync(Totp.Code(key));
        await page.GetByTestId("verify").ClickAsync();
        await page.WaitForURLAsync("**/team");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("team-home")).ToBeVisibleAsync();
    }

    static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync("lawyer@demo.portal");
        await page.GetByTestId("password").FillAsync(PortalApi.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
    }
}
