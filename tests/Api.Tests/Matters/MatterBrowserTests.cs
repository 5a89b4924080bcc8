using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Matters;

[Collection(BrowserCollection.Name)]
public sealed class MatterBrowserTests(BrowserFixture browser)
{
    static readonly Guid Consultation = MatterFlowTests.Consultation;

    [BrowserFact]
    public async Task A_client_consultation_goes_from_the_portal_home_to_a_rating_while_the_legal_team_works_it()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var client = await browser.SignInAsync(app, "client@demo.portal");
        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal");

        await Assertions.Expect(client.GetByTestId($"start-{Consultation}")).ToBeVisibleAsync();
        await client.ScreenshotAsync("portal-home.en");
        await client.GetByTestId($"start-{Consultation}").ClickAsync();
        await Assertions.Expect(client.GetByTestId("form-title")).ToHaveTextAsync("Consultation request");
        await client.GetByTestId("input-subject").FillAsync("Unpaid salary");
        await client.GetByTestId("input-details").FillAsync("My employer has not paid three months of salary.");
        await client.GetByText("Labour", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(client.GetByTestId("field-deadline")).ToHaveCountAsync(0);
        await client.GetByTestId("field-urgent").GetByText("Yes", new() { Exact = true }).ClickAsync();
        await client.GetByTestId("input-deadline").FillAsync("2027-01-15");
        await client.GetByTestId("input-documents").SetInputFilesAsync(BrowserSteps.Pdf("payslips.pdf"));
        await client.ScreenshotAsync("request-form.en");
        var matterPath = await client.SubmitRequestAsync();

        await client.ExpectStatusAsync("Received");
        await Assertions.Expect(client.GetByTestId("matter-fields")).ToContainTextAsync("payslips.pdf");
        var id = matterPath.Split('/').Last();
        await client.ScreenshotAsync("matter-client.en");

        await lawyer.OpenAsync("/team");
        await Assertions.Expect(lawyer.GetByTestId("matter-list")).ToContainTextAsync("Unpaid salary");
        await lawyer.ScreenshotAsync("inbox.en");
        await lawyer.GetByTestId("matter-row").Filter(new() { HasText = "Unpaid salary" }).GetByTestId("matter-link").ClickAsync();
        await lawyer.WaitForURLAsync($"**/team/matters/{id}");
        await lawyer.FireAsync("StartReview");
        await lawyer.ExpectStatusAsync("Under review");
        await lawyer.FireAsync("RequestInformation", "Please send the employment contract.");
        await lawyer.ExpectStatusAsync("Waiting for the requester");
        // The lawyer sees what was asked, that the client owes the answer, and keeps their own comment box.
        await Assertions.Expect(lawyer.GetByTestId("information-request")).ToContainTextAsync("Waiting for the client to answer");
        await Assertions.Expect(lawyer.GetByTestId("information-question")).ToHaveTextAsync("Please send the employment contract.");
        await Assertions.Expect(lawyer.GetByTestId("answer-body")).ToHaveCountAsync(0);
        await Assertions.Expect(lawyer.GetByTestId("comment-body-input")).ToBeVisibleAsync();
        // The team sees every deadline of the wait (reminder, notice, closing); the client only the public one.
        await Assertions.Expect(lawyer.GetByTestId("upcoming-deadline")).ToHaveCountAsync(3);
        await Assertions.Expect(lawyer.GetByTestId("upcoming-deadlines")).ToContainTextAsync("shown to the client");
        // While the client owes the answer, the lawyer may remind them; the question stays the question.
        await lawyer.GetByTestId("remind-requester").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("reminder-sent")).ToContainTextAsync("Reminder sent");
        await Assertions.Expect(lawyer.GetByTestId("matter-history")).ToContainTextAsync("reminded the requester");
        await Assertions.Expect(lawyer.GetByTestId("information-question")).ToHaveTextAsync("Please send the employment contract.");

        await client.OpenAsync(matterPath);
        await client.ExpectStatusAsync("Needs your input");
        await Assertions.Expect(client.GetByTestId("clock-paused")).ToBeVisibleAsync();
        await Assertions.Expect(client.GetByTestId("upcoming-deadline")).ToHaveCountAsync(1);
        await Assertions.Expect(client.GetByTestId("upcoming-deadlines")).ToContainTextAsync("Expected by");
        await Assertions.Expect(client.GetByTestId("upcoming-deadlines")).ToContainTextAsync("Please answer our question by this date");
        await Assertions.Expect(client.GetByTestId("information-request")).ToContainTextAsync("The legal team asked you");
        await Assertions.Expect(client.GetByTestId("information-question")).ToHaveTextAsync("Please send the employment contract.");
        // One answer box: no comment form and no action comment box while the answer is owed; withdrawing stays possible.
        await Assertions.Expect(client.GetByTestId("comment-body-input")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("action-comment")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("action-ProvideInformation")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("action-Withdraw")).ToBeVisibleAsync();
        await client.GetByTestId("answer-body").FillAsync("Here is my contract.");
        await client.GetByTestId("answer-files").SetInputFilesAsync(BrowserSteps.Pdf("contract.pdf"));
        await client.ScreenshotAsync("information-request.en");
        await client.GetByTestId("answer-send").ClickAsync();
        await client.ExpectStatusAsync("Under review");
        await Assertions.Expect(client.GetByTestId("information-request")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("matter-history")).ToContainTextAsync("Here is my contract.");
        await Assertions.Expect(client.GetByTestId("matter-comments")).ToContainTextAsync("contract.pdf");
        await Assertions.Expect(client.GetByTestId("comment-body-input")).ToBeVisibleAsync();

        await lawyer.OpenAsync(matterPath.Replace("/portal/", "/team/"));
        await Assertions.Expect(lawyer.GetByTestId("matter-comments")).ToContainTextAsync("contract.pdf");
        await lawyer.GetByTestId("assign-to-me").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("assigned-lawyer")).ToContainTextAsync("Layla Haddad");
        await lawyer.FireAsync("PrepareOpinion");
        await lawyer.ExpectStatusAsync("Opinion in preparation");
        await lawyer.ScreenshotAsync("matter-team.en");
        await lawyer.FireAsync("DeliverOpinion", "You are entitled to the unpaid salary.");
        await lawyer.ExpectStatusAsync("Opinion delivered");
        await lawyer.FireAsync("Close");
        await lawyer.ExpectStatusAsync("Closed");

        await client.OpenAsync(matterPath);
        await client.ExpectStatusAsync("Closed");
        await client.GetByTestId("matter-rating").GetByText("5 ★").ClickAsync();
        await client.GetByTestId("rating-remark").FillAsync("Clear and fast.");
        await client.GetByTestId("submit-rating").ClickAsync();
        await Assertions.Expect(client.GetByTestId("matter-rated")).ToContainTextAsync("Clear and fast.");
        await Assertions.Expect(client.GetByTestId("matter-history")).ToContainTextAsync("You are entitled to the unpaid salary.");
        await client.ScreenshotAsync("matter-client-rated.en");

        await client.OpenAsync("/portal/matters");
        await Assertions.Expect(client.GetByTestId("matter-row").Filter(new() { HasText = "Unpaid salary" }).GetByTestId("matter-row-status")).ToHaveTextAsync("Closed");
        await client.ScreenshotAsync("my-requests.en");
        await client.GetByTestId("filter-status").ClickAsync();
        await client.GetByRole(AriaRole.Option, new() { Name = "Needs your input" }).ClickAsync();
        await Assertions.Expect(client.GetByTestId("no-matters")).ToBeVisibleAsync();
        Assert.Contains("status=NeedsInformation", await client.GetByTestId("export-csv").GetAttributeAsync("href"));
        await client.GetByTestId("matter-search").FillAsync("no such request");
        await Assertions.Expect(client.GetByTestId("no-matters")).ToBeVisibleAsync();
        await Assertions.Expect(client.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("search=no%20such%20request"));
    }
}
