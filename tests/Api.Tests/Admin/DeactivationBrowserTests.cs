using System.Net;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class DeactivationBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_deactivated_persons_browser_session_ends_at_the_next_stamp_check()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync("client@demo.portal");
        await page.GetByTestId("password").FillAsync(PortalApi.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync("**/portal");

        using var admin = await app.SignedInAsync(PortalApi.Admin);
        using var client = await app.SignedInAsync("client@demo.portal");
        var id = (await (await client.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/portal-users/{id}/deactivate", null)).JsonAsync(HttpStatusCode.OK);

        // The cookie is re-checked against the database once a minute (SecurityStampValidator).
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await page.GotoAsync("/portal");
        await page.WaitForURLAsync("**/account/sign-in**");
    }
}
