using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Calendar;

// A client opens their calendar, finds the hearing the lawyer set, makes the address their
// calendar app subscribes to, and resets it after saying yes in the dialog: the old address stops.
[Collection(BrowserCollection.Name)]
public sealed class CalendarBrowserTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    [BrowserFact]
    public Task A_client_sees_a_hearing_and_makes_and_resets_the_feed_address_in_English() =>
        JourneyAsync("client@demo.portal", "en", "Commercial Court, Riyadh", phone: false,
            "Calendar", "Hearing", "Reset the calendar address?", "The current address stops working at once");

    [BrowserFact]
    public Task A_client_sees_a_hearing_and_makes_and_resets_the_feed_address_in_Arabic_on_a_phone() =>
        JourneyAsync("sara@demo.portal", "ar", "المحكمة التجارية بالرياض", phone: true,
            "التقويم", "جلسة", "إعادة تعيين عنوان التقويم؟", "يتوقف العنوان الحالي عن العمل فورًا");

    async Task JourneyAsync(string email, string language, string court, bool phone, string heading, string kind, string dialogTitle, string dialogText)
    {
        using var api = await host.App.SignedInAsync(email);
        using var lawyer = await host.App.SignedInAsync("lawyer@demo.portal");
        var matter = (await (await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(language == "ar" ? "إيجار المستودع" : "Warehouse lease")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var hearing = await CalendarSeed.AddDatesAsync(host.App, lawyer, matter, court, language == "ar" ? "تقديم المذكرة" : "Filing of the brief");

        var page = await browser.SignInAsync(host.App, email, language);
        if (phone) await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/calendar");
        await Assertions.Expect(page.GetByTestId("calendar-title")).ToHaveTextAsync(heading);
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        var item = page.GetByTestId("calendar-item").Filter(new() { HasText = court });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item).ToHaveAttributeAsync("data-kind", "Hearing");
        await Assertions.Expect(item).ToContainTextAsync(kind);
        await Assertions.Expect(item.GetByTestId("calendar-link")).ToHaveAttributeAsync("href", $"/portal/matters/{matter}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the calendar is wider than the window");

        // Made once and shown once.
        await page.GetByTestId("calendar-feed-create").ClickAsync();
        var field = page.GetByTestId("calendar-feed-url");
        await Assertions.Expect(field).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$"));
        var first = await field.InputValueAsync();
        var feed = await FetchAsync(first);
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Contains($"hearing-{hearing:N}@workflowportal", feed.Text, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the address makes the page wider than the window");
        await page.ScreenshotAsync($"calendar.{language}{(phone ? ".phone" : "")}");

        // Reset asks first; saying no changes nothing.
        await page.GetByTestId("calendar-feed-reset").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(dialogTitle);
        await Assertions.Expect(page.GetByTestId("confirm-message")).ToContainTextAsync(dialogText);
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(first)).Status);

        await page.GetByTestId("calendar-feed-reset").ClickAsync();
        await page.GetByTestId("confirm-step").ClickAsync();
        await Assertions.Expect(field).Not.ToHaveValueAsync(first);
        var second = await field.InputValueAsync();
        Assert.EndsWith(".ics", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(second)).Status);

        // Once the page is left, the address is not shown again: only when it was made.
        await page.OpenAsync("/calendar");
        await Assertions.Expect(page.GetByTestId("calendar-feed-since")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("calendar-feed-url")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    async Task<(HttpStatusCode Status, string Text)> FetchAsync(string url)
    {
        using var anonymous = host.App.CreateClient();
        var response = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
