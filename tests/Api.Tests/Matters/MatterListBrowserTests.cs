using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Tests.Matters;

// The legal team's matters list: how many it found, the client and the lawyer on each row, a
// column header that sorts one way then the other, and a row that opens its matter; in both languages.
[Collection(BrowserCollection.Name)]
public sealed class MatterListBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task The_team_sorts_its_matters_by_a_column_and_opens_one_by_its_row()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        using var api = await app.SignedInAsync("client@demo.portal");
        foreach (var name in new[] { "Sorted A", "Sorted B", "Sorted C" })
            await (await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(name))).JsonAsync(HttpStatusCode.Created);
        // Submitted A, B, C a day apart; last touched B, then A, then C.
        var references = await app.WithDbAsync(async db =>
        {
            var start = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
            var touched = new Dictionary<string, int> { ["Sorted A"] = 20, ["Sorted B"] = 30, ["Sorted C"] = 10 };
            var rows = await db.Set<Matter>().Where(m => m.Title.StartsWith("Sorted ")).OrderBy(m => m.Title).ToListAsync();
            for (var i = 0; i < rows.Count; i++)
            {
                var (id, submitted, updated) = (rows[i].Id, start.AddDays(i), start.AddDays(touched[rows[i].Title]));
                await db.Set<Matter>().Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SubmittedAt, submitted).SetProperty(m => m.UpdatedAt, updated));
            }
            return rows.ToDictionary(m => m.Title, m => m.Reference);
        });

        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal");
        await lawyer.OpenAsync("/team/matters?q=Sorted");
        var links = lawyer.GetByTestId("matter-link");
        await Assertions.Expect(lawyer.GetByTestId("matter-count")).ToHaveTextAsync("Results: 3");
        await Assertions.Expect(links).ToHaveTextAsync([references["Sorted C"], references["Sorted B"], references["Sorted A"]]);
        await Assertions.Expect(lawyer.GetByTestId("matter-row-client").First).ToHaveTextAsync("Al Noor Trading Co. / شركة النور التجارية");
        await Assertions.Expect(lawyer.GetByTestId("matter-row-lawyer").First).ToHaveTextAsync("Not assigned yet");
        var submitted = lawyer.Locator("th", new() { Has = lawyer.GetByTestId("sort-submitted") });
        await Assertions.Expect(submitted).ToHaveAttributeAsync("aria-sort", "descending");

        await lawyer.GetByTestId("sort-submitted").ClickAsync();
        await Assertions.Expect(links).ToHaveTextAsync([references["Sorted A"], references["Sorted B"], references["Sorted C"]]);
        await Assertions.Expect(submitted).ToHaveAttributeAsync("aria-sort", "ascending");
        await lawyer.GetByTestId("sort-updated").ClickAsync();
        await Assertions.Expect(links).ToHaveTextAsync([references["Sorted B"], references["Sorted A"], references["Sorted C"]]);
        await Assertions.Expect(submitted).ToHaveAttributeAsync("aria-sort", "none");
        await lawyer.GetByTestId("sort-updated").ClickAsync();
        await Assertions.Expect(links).ToHaveTextAsync([references["Sorted C"], references["Sorted A"], references["Sorted B"]]);

        // A click on the row's subject, not its link, opens the matter.
        await lawyer.GetByTestId("matter-row").First.GetByText("Sorted C").ClickAsync();
        await lawyer.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/team/matters/", StringComparison.Ordinal));
        await Assertions.Expect(lawyer.GetByText(references["Sorted C"]).First).ToBeVisibleAsync();

        var arabic = await browser.SignInAsync(app, "lawyer@demo.portal", "ar");
        await arabic.OpenAsync("/team/matters?q=Sorted");
        await Assertions.Expect(arabic.GetByTestId("matter-count")).ToHaveTextAsync("عدد النتائج: 3");
        await Assertions.Expect(arabic.GetByTestId("sort-updated")).ToContainTextAsync("آخر نشاط");
        await Assertions.Expect(arabic.GetByTestId("matter-row-lawyer").First).ToHaveTextAsync("لم يُسند بعد");
        await arabic.GetByTestId("sort-updated").ClickAsync();
        await Assertions.Expect(arabic.GetByTestId("matter-link")).ToHaveTextAsync([references["Sorted B"], references["Sorted A"], references["Sorted C"]]);
        await arabic.ScreenshotAsync("team-matters-sorted-ar");
    }
}
