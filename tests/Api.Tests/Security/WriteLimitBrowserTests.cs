using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Security;

// A page's comment travels over the Blazor circuit, where the HTTP rate limiter sees nothing: the
// use case spends the same per-person allowance as the API, and the page says so in both languages.
[Collection(BrowserCollection.Name)]
public sealed class WriteLimitBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_comment_over_the_limit_on_the_page_is_refused_in_english_and_arabic_and_counts_with_the_api()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?>
        {
            ["RateLimits:Writes:PermitLimit"] = "2",
            ["RateLimits:Writes:Window"] = "00:10:00",
        }, kestrel: true);
        using var api = await app.SignedInAsync("client@demo.portal");
        var submitted = await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody());
        var matter = (await submitted.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var english = await browser.SignInAsync(app, "client@demo.portal");
        await english.OpenAsync($"/portal/matters/{matter}");
        await english.GetByTestId("comment-body-input").FillAsync("Here is the contract.");
        await english.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(english.GetByTestId("comment")).ToHaveCountAsync(1);
        await english.GetByTestId("comment-body-input").FillAsync("And one more thing.");
        await english.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(english.GetByTestId("problem")).ToContainTextAsync("You have sent many comments, files or requests in a short time");
        await Assertions.Expect(english.GetByTestId("comment")).ToHaveCountAsync(1);

        var arabic = await browser.SignInAsync(app, "client@demo.portal", "ar");
        await arabic.OpenAsync($"/portal/matters/{matter}");
        await arabic.GetByTestId("comment-body-input").FillAsync("تعليق آخر");
        await arabic.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(arabic.GetByTestId("problem")).ToContainTextAsync("أرسلت تعليقات أو ملفات أو طلبات كثيرة في وقت قصير");

        // The page spent the allowance the API draws on too.
        var refused = await api.PostAsJsonAsync($"/api/v1/matters/{matter}/comments", new { body = "from the API" });
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        english.AssertNoCspViolation();
    }
}
