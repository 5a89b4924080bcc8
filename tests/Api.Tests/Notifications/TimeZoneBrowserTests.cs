using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Notifications;

// A person who chose a time zone in the profile reads every time in it: on this device at once,
// on another one from signing in; clearing it goes back to the firm's (UTC by default).
[Collection(BrowserCollection.Name)]
public sealed class TimeZoneBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Times_follow_the_profiles_time_zone_on_every_device()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        using var api = await app.SignedInAsync("client@demo.portal");
        var id = (await (await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody()))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var submitted = (await (await api.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("submittedAt").GetDateTimeOffset();
        string At(string zone) => TimeZoneInfo.ConvertTime(submitted, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("HH:mm", CultureInfo.InvariantCulture);

        var page = await browser.SignInAsync(app, "client@demo.portal");
        await page.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(page.GetByTestId("matter-submitted-at")).ToContainTextAsync(At("UTC"));

        await page.OpenAsync("/profile");
        await page.PickAsync("profile-time-zone", "Riyadh", "Asia/Riyadh");
        // Saving reloads the page through the zone switch; the field shows the saved zone after it.
        await page.RunAndWaitForResponseAsync(() => page.GetByTestId("save-profile").ClickAsync(), r => r.Url.Contains("/timezone?", StringComparison.Ordinal));
        await page.WaitForURLAsync(url => url.EndsWith("/profile", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("profile-time-zone")).ToHaveValueAsync("Asia/Riyadh");
        await page.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(page.GetByTestId("matter-submitted-at")).ToContainTextAsync(At("Asia/Riyadh"));

        // Another device learns the zone when the person signs in there, in either language.
        var phone = await browser.SignInAsync(app, "client@demo.portal", "ar");
        await phone.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(phone.GetByTestId("matter-submitted-at")).ToContainTextAsync(At("Asia/Riyadh"));
        await phone.SetViewportSizeAsync(390, 844);
        await phone.OpenAsync("/profile");
        await Assertions.Expect(phone.GetByTestId("profile-time-zone")).ToHaveValueAsync("Asia/Riyadh");
        await phone.ScreenshotAsync("profile-time-zone.ar.390");

        await (await api.PutAsJsonAsync("/api/v1/me/preferences", new { timeZone = "" })).JsonAsync(HttpStatusCode.OK);
        var laptop = await browser.SignInAsync(app, "client@demo.portal");
        await laptop.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(laptop.GetByTestId("matter-submitted-at")).ToContainTextAsync(At("UTC"));
        page.AssertNoCspViolation();
    }
}
