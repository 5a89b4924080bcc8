using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Search;

// A person types into the app bar's search box, presses Enter, reads the results grouped with
// their counts and opens the matter they were looking for: the lawyer on a desktop in English,
// the Arabic client on a 390 px phone, where the box hides behind an icon.
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    [BrowserFact]
    public Task The_lawyer_finds_a_matter_from_the_app_bar_in_English() =>
        JourneyAsync("lawyer@demo.portal", "sara@demo.portal", "en", phone: false, "Quarry lease renewal", "quarry", "1 matter", "/team/matters/");

    [BrowserFact]
    public Task The_client_finds_her_matter_from_the_app_bar_in_Arabic_on_a_phone() =>
        JourneyAsync("sara@demo.portal", "sara@demo.portal", "ar", phone: true, "تجديد إيجار المحجر", "إيجار المحجر", "قضية واحدة", "/portal/matters/");

    async Task JourneyAsync(string reader, string requester, string language, bool phone, string title, string query, string count, string opens)
    {
        using var api = await host.App.SignedInAsync(requester);
        var matter = (await (await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(title)))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var page = await browser.SignInAsync(host.App, reader, language);
        if (phone) await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/calendar");
        if (phone)
        {
            // On a phone the field is behind the icon, which opens it and gives it the focus.
            await Assertions.Expect(page.GetByTestId("app-search")).Not.ToBeVisibleAsync();
            await page.GetByTestId("app-search-open").ClickAsync();
            await Assertions.Expect(page.GetByTestId("app-search")).ToBeFocusedAsync();
        }
        await page.GetByTestId("app-search").FillAsync(query);
        await page.GetByTestId("app-search").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q="));

        var matters = page.GetByTestId("search-group").Filter(new() { Has = page.GetByTestId("search-row").Filter(new() { HasText = title }) });
        await Assertions.Expect(matters).ToHaveAttributeAsync("data-kind", "matters");
        await Assertions.Expect(matters.GetByTestId("search-count")).ToHaveTextAsync(count);
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the results are wider than the window");
        await page.ScreenshotAsync($"search-results.{language}");

        await matters.GetByTestId("search-row").Filter(new() { HasText = title }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{opens}{matter}$"));
        await Assertions.Expect(page.GetByTestId("matter-title")).ToHaveTextAsync(title);
    }
}
