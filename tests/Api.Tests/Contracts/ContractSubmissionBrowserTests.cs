using System.Net;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Contracts;

// "Request a contract" and "Review my contract" from the portal, as a person does it in either
// language on a desktop and on a phone: the submission lands on its own contract page with what
// the person wrote, appears in their "My requests" and in the legal team's inbox, and the legal
// team hears of it in the app and by email. An address for a missing contract is a 404 page.
[Collection(BrowserCollection.Name)]
public sealed class ContractSubmissionBrowserTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    static readonly Guid RequestContract = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0003");
    static readonly Guid ReviewContract = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0004");

    [BrowserFact]
    public Task Review_my_contract_in_english_on_a_desktop() => ReviewAsync("client@demo.portal", "en", phone: false);

    [BrowserFact]
    public Task Review_my_contract_in_arabic_on_a_phone() => ReviewAsync("sara@demo.portal", "ar", phone: true);

    [BrowserFact]
    public Task Request_a_contract_in_english_on_a_phone() => RequestAsync("client@demo.portal", "en", phone: true);

    [BrowserFact]
    public Task Request_a_contract_in_arabic_on_a_desktop() => RequestAsync("sara@demo.portal", "ar", phone: false);

    [BrowserFact]
    public async Task Withdrawing_asks_first_and_says_what_will_happen()
    {
        var client = await SignInAsync("client@demo.portal", "en", phone: false);
        await client.OpenAsync($"/portal/requests/{RequestContract}");
        await client.GetByTestId("input-subject").FillAsync("Agreement we no longer need");
        await client.GetByTestId("input-details").FillAsync("A lease for the old warehouse.");
        await client.GetByTestId("input-counterparty").FillAsync("Old Warehouse Co");
        await SubmitAsync(client);
        var status = await client.GetByTestId("contract-status").InnerTextAsync();

        await client.GetByTestId("action-Withdraw").ClickAsync();
        await Assertions.Expect(client.GetByTestId("confirm-message")).ToContainTextAsync("It is final");
        await client.ScreenshotAsync("confirm-withdraw.en");
        await client.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(client.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(client.GetByTestId("contract-status")).ToHaveTextAsync(status);

        await client.GetByTestId("action-Withdraw").ClickAsync();
        await client.GetByTestId("confirm-step").ClickAsync();
        await Assertions.Expect(client.GetByTestId("contract-status")).Not.ToHaveTextAsync(status);
        await Assertions.Expect(client.GetByTestId("action-Withdraw")).ToHaveCountAsync(0);
        await client.Context.CloseAsync();
    }

    async Task ReviewAsync(string email, string language, bool phone)
    {
        var client = await SignInAsync(email, language, phone);
        await client.OpenAsync($"/portal/requests/{ReviewContract}");
        var subject = $"Supply agreement review {language} {(phone ? "phone" : "desktop")}";
        var concerns = language == "ar" ? "بند التعويض ومدة الإشعار" : "The indemnity clause and the notice period";
        await client.GetByTestId("input-subject").FillAsync(subject);
        await client.GetByTestId("input-draft").SetInputFilesAsync(BrowserSteps.Pdf("draft.pdf"));
        await client.GetByTestId("input-concerns").FillAsync(concerns);
        var id = await SubmitAsync(client);

        var answers = client.GetByTestId("contract-answers");
        await Assertions.Expect(answers).ToContainTextAsync(language == "ar" ? "ما الذي ينبغي أن نراجعه؟" : "What should we look at?");
        await Assertions.Expect(client.GetByTestId("answer-value-concerns")).ToHaveTextAsync(concerns);
        await Assertions.Expect(client.GetByTestId("versions")).ToContainTextAsync("Pdf");
        await client.ScreenshotAsync($"contract-review-submitted.{language}{(phone ? ".phone" : "")}");
        await FollowedAsync(client, id, subject, language, phone);
    }

    async Task RequestAsync(string email, string language, bool phone)
    {
        var client = await SignInAsync(email, language, phone);
        await client.OpenAsync($"/portal/requests/{RequestContract}");
        var subject = $"Distribution agreement {language} {(phone ? "phone" : "desktop")}";
        var counterparty = language == "ar" ? "شركة الصقر للخدمات اللوجستية" : "Falcon Logistics LLC";
        await client.GetByTestId("input-subject").FillAsync(subject);
        await client.GetByTestId("input-details").FillAsync(language == "ar" ? "توزيع منتجاتنا في المنطقة الشرقية" : "Distribution of our products in the Eastern Province");
        await client.GetByTestId("input-counterparty").FillAsync(counterparty);
        var id = await SubmitAsync(client);

        await Assertions.Expect(client.GetByTestId("answer-value-counterparty")).ToHaveTextAsync(counterparty);
        await client.ScreenshotAsync($"contract-request-submitted.{language}{(phone ? ".phone" : "")}");
        await FollowedAsync(client, id, subject, language, phone);
    }

    async Task<IPage> SignInAsync(string email, string language, bool phone)
    {
        var page = await browser.SignInAsync(host.App, email, language);
        if (phone) await page.SetViewportSizeAsync(390, 844);
        return page;
    }

    static async Task<Guid> SubmitAsync(IPage client)
    {
        var contractPage = new System.Text.RegularExpressions.Regex("/contracts/[0-9a-f-]{36}$");
        await client.SubmitFormAsync(url => contractPage.IsMatch(url));
        return Guid.Parse(client.Url[^36..]);
    }

    // The requester's list, the team's inbox, the team's bell and mailbox; a missing contract is a 404.
    async Task FollowedAsync(IPage client, Guid id, string subject, string language, bool phone)
    {
        await Assertions.Expect(client.GetByTestId("contract-missing")).ToHaveCountAsync(0);
        await client.OpenAsync("/portal/matters");
        var mine = client.GetByTestId("contract-request-row").Filter(new() { HasText = subject });
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await client.ScreenshotAsync($"my-requests-with-contract.{language}{(phone ? ".phone" : "")}");

        var lawyer = await SignInAsync("lawyer@demo.portal", language, phone);
        await lawyer.OpenAsync("/team");
        var row = lawyer.GetByTestId("contract-request-row").Filter(new() { HasText = subject });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("contract-request-link").ClickAsync();
        await lawyer.WaitForURLAsync($"**/contracts/{id}");
        await lawyer.Context.CloseAsync();

        using var team = await host.App.SignedInAsync("lawyer@demo.portal");
        var reference = (await (await team.GetAsync($"/api/v1/contracts/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("reference").GetString()!;
        var bell = await (await team.GetAsync("/api/v1/notifications?limit=50")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(bell.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains(reference)
            && n.GetProperty("link").GetString() == $"/contracts/{id}");
        var mail = await host.App.WaitForPickupAsync("lawyer@demo.portal", m => (m.Subject + m.TextBody).Contains(reference));
        Assert.Contains(subject, mail.Subject + mail.TextBody);

        var missing = await client.GotoAsync($"/contracts/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        await Assertions.Expect(client.GetByTestId("not-found")).ToHaveTextAsync(language == "ar" ? "الصفحة غير موجودة" : "Page not found");
        await client.Context.CloseAsync();
    }
}
