using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Matters;

// The matter page shows the newest comments and steps and reads earlier ones on request, in both
// languages; a client's pages never hold an internal note.
[Collection(BrowserCollection.Name)]
public sealed class MatterPagingBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_matter_page_shows_the_newest_comments_and_steps_and_loads_earlier_ones()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        using var api = await app.SignedInAsync("client@demo.portal");
        var response = await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Long conversation"));
        var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await MatterPagingTests.SeedCommentsAsync(app, id, 45);
        await MatterPagingTests.SeedHistoryAsync(app, id, 30);

        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal");
        await lawyer.OpenAsync($"/team/matters/{id}");
        var comments = lawyer.GetByTestId("comment");
        await Assertions.Expect(comments).ToHaveCountAsync(20);
        // Oldest first on the page: the newest comment closes the list.
        await Assertions.Expect(comments.Last).ToContainTextAsync("Comment 4"); // 42-44 share the newest second
        await Assertions.Expect(lawyer.GetByText("Comment 0", new() { Exact = true })).ToHaveCountAsync(0);
        await lawyer.GetByTestId("earlier-comments").ClickAsync();
        await Assertions.Expect(comments).ToHaveCountAsync(40);
        await lawyer.GetByTestId("earlier-comments").ClickAsync();
        await Assertions.Expect(comments).ToHaveCountAsync(45);
        await Assertions.Expect(comments.First).ToContainTextAsync("Comment ");
        await Assertions.Expect(lawyer.GetByText("Comment 0", new() { Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(lawyer.GetByTestId("earlier-comments")).ToHaveCountAsync(0);

        var steps = lawyer.GetByTestId("history-entry");
        await Assertions.Expect(steps).ToHaveCountAsync(20);
        await Assertions.Expect(steps.First).ToContainTextAsync("Step 29");
        await lawyer.GetByTestId("earlier-history").ClickAsync();
        await Assertions.Expect(steps).ToHaveCountAsync(31);
        await Assertions.Expect(steps.Last).ToContainTextAsync("Request submitted");
        await Assertions.Expect(lawyer.GetByTestId("earlier-history")).ToHaveCountAsync(0);

        // The client, in Arabic: 40 shared comments (every tenth is internal), 20 at a time.
        var client = await browser.SignInAsync(app, "client@demo.portal", "ar");
        await client.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(client.GetByTestId("comment")).ToHaveCountAsync(20);
        await Assertions.Expect(client.GetByTestId("earlier-comments")).ToHaveTextAsync("عرض التعليقات السابقة");
        await Assertions.Expect(client.GetByTestId("earlier-history")).ToHaveTextAsync("عرض الخطوات السابقة");
        await client.GetByTestId("earlier-comments").ClickAsync();
        await Assertions.Expect(client.GetByTestId("comment")).ToHaveCountAsync(40);
        await Assertions.Expect(client.GetByTestId("earlier-comments")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("internal-badge")).ToHaveCountAsync(0);
        await client.ScreenshotAsync("matter-paging-ar");
    }
}
