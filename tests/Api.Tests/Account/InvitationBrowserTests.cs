using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed class InvitationBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_invited_client_accepts_the_invitation_and_signs_in_in_arabic()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var address = app.ServerAddress;
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Riyadh Builders");
        await admin.InvitePortalUserAsync("huda@builders.example", clientId, language: "ar");
        var email = await app.WaitForPickupAsync("huda@builders.example");
        var (link, _, _) = PortalApi.LinkIn(email);
        Assert.Equal(address.Authority, link.Authority);

        // An English browser: the invitation's own language wins on its first page.
        var page = await browser.NewPageAsync(address);
        await page.GotoAsync(link.PathAndQuery);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("تعيين كلمة المرور", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync("accept-invitation.ar");

        await page.GetByTestId("password").FillAsync("Huda#Portal2026");
        await page.GetByTestId("confirm-password").FillAsync("Huda#Portal2026x");
        await page.GetByTestId("set-password").ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-error")).ToHaveTextAsync("كلمتا المرور غير متطابقتين.");

        await page.GetByTestId("password").FillAsync("Huda#Portal2026");
        await page.GetByTestId("confirm-password").FillAsync("Huda#Portal2026");
        await page.GetByTestId("set-password").ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in?notice=invitation-accepted");
        await Assertions.Expect(page.GetByTestId("sign-in-notice")).ToContainTextAsync("تم تعيين كلمة المرور");

        await page.GetByTestId("email").FillAsync("huda@builders.example");
        await page.GetByTestId("password").FillAsync("Huda#Portal2026");
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/portal");
        await page.WaitForCircuitAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("بوابة العملاء", await page.GetByTestId("portal-home").InnerTextAsync());
        await page.ScreenshotAsync("portal-home-after-invitation.ar");

        // The link was used: opening it again and submitting says so.
        await page.GotoAsync(link.PathAndQuery);
        await page.GetByTestId("password").FillAsync("Huda#Portal2027");
        await page.GetByTestId("confirm-password").FillAsync("Huda#Portal2027");
        await page.GetByTestId("set-password").ClickAsync();
        await Assertions.Expect(page.GetByTestId("accept-error")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task An_administrator_invites_a_portal_user_from_the_portal_users_page()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync(PortalApi.Admin);
        await page.GetByTestId("password").FillAsync(PortalApi.AdminPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/team");

        await page.GotoAsync("/admin/portal-users");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("people")).ToContainTextAsync("client@demo.portal");
        await page.GetByTestId("invite-email").FillAsync("ui@invite.example");
        await page.GetByTestId("invite-name").FillAsync("Invited From The Page");
        await page.PickAsync("invite-client", "Al Noor", "Al Noor Trading Co. / شركة النور التجارية");
        // Under load the form may still be settling: send only once each field shows its value.
        await Assertions.Expect(page.GetByTestId("invite-email")).ToHaveValueAsync("ui@invite.example");
        await page.GetByTestId("invite").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Invitation sent.");

        await Assertions.Expect(page.GetByTestId("people")).ToContainTextAsync("ui@invite.example");
        await page.ScreenshotAsync("admin-portal-users.en");
        var email = await app.WaitForPickupAsync("ui@invite.example");
        Assert.Contains("/account/accept-invitation?userId=", email.TextBody);

        await page.GetByTestId("invite-email").FillAsync("sara@demo.portal");
        await page.GetByTestId("invite-name").FillAsync("Sara Again");
        await page.GetByTestId("invite").ClickAsync();
        await Assertions.Expect(page.GetByText("Someone with this email address already has an account or an invitation.")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/team");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("people")).ToContainTextAsync("lawyer@demo.portal");
        await page.ScreenshotAsync("admin-team.en");
        await page.GotoAsync("/profile");
        await page.WaitForCircuitAsync();
        await page.GetByTestId("two-factor-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("shared-key")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile-two-factor.en");

        await page.GotoAsync("/language/ar?returnUrl=/admin/clients");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("clients")).ToContainTextAsync("شركة النور التجارية");
        await page.ScreenshotAsync("admin-clients.ar");
    }
}
