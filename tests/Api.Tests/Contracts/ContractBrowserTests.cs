using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

// The journey of the issue: a client generates a contract from a template, the legal team sets
// two approval steps and a signer, the approvers approve and the signer signs while the client
// watches each status; the client adds a milestone and never sees an approve or sign button.
[Collection(BrowserCollection.Name)]
public sealed class ContractBrowserTests(BrowserFixture browser)
{
    static readonly Dictionary<string, string[]> Statuses = new()
    {
        ["en"] = ["Requested", "Being approved", "Awaiting signatures", "Signed and in force"],
        ["ar"] = ["تم تقديم الطلب", "قيد الاعتماد", "بانتظار التوقيع", "موقّع ونافذ"],
    };

    // What the signer reads while the signature waits for them, and once nothing does.
    static readonly Dictionary<string, (string Requested, string YourTurn, string Nothing, string NeedsConsent, string Agrees)> SignerTexts = new()
    {
        ["en"] = ("Your signature is requested.", "Your turn", "No action is waiting for you.", "Tick the box to agree before you sign.", "electronically"),
        ["ar"] = ("مطلوب توقيعك.", "دورك الآن", "لا يوجد إجراء بانتظارك.", "ضع علامة في المربع للموافقة قبل التوقيع.", "إلكترونياً"),
    };

    [BrowserFact]
    public Task In_English() => JourneyAsync("client@demo.portal", "en");

    [BrowserFact]
    public Task In_Arabic() => JourneyAsync("sara@demo.portal", "ar");

    async Task JourneyAsync(string clientEmail, string language)
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var address = app.ServerAddress;
        var statuses = Statuses[language];
        var page = await browser.NewPageAsync(address, language == "ar" ? "ar-SA" : "en-US");
        await SignInAsync(page, clientEmail);

        await page.GotoAsync("/contracts");
        await page.WaitForCircuitAsync();
        await page.GetByTestId("new-from-template").Filter(new() { HasText = language == "ar" ? "اتفاقية خدمات" : "Services agreement" }).ClickAsync();
        await page.WaitForURLAsync("**/contracts/templates/**");
        await page.WaitForCircuitAsync();
        await page.GetByTestId("input-counterpartyName").FillAsync("Falcon Logistics LLC");
        await page.GetByTestId("input-services").FillAsync(language == "ar" ? "التخزين والتوصيل داخل الرياض" : "Warehousing and delivery in Riyadh");
        await page.GetByTestId("input-contractValue").FillAsync("120000");
        await page.GetByTestId("input-startDate").FillAsync("2027-01-01");
        await page.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-pane")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"contract-template-questionnaire.{language}");
        await page.GetByTestId("submit-template").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/contracts/[0-9a-f-]{36}$"));
        var id = Guid.Parse(page.Url[^36..]);
        await page.WaitForCircuitAsync();
        await ExpectStatusAsync(page, statuses[0]);
        await Assertions.Expect(page.GetByTestId("versions")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"contract-submitted.{language}");

        // The legal team sets two approval steps and a signer on the contract page, then moves it on.
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var collaborator = await app.SignedInAsync("collaborator@demo.portal");
        var (lawyerId, adminId, collaboratorId) = (await UserIdAsync(lawyer), await UserIdAsync(admin), await UserIdAsync(collaborator));
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/approval-plan", new
        {
            steps = new[] { new { mode = "all", approvers = new[] { lawyerId } }, new { mode = "any", approvers = new[] { adminId } } },
        })).EnsureSuccessStatusCode();
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/signer-plan", new { signers = new[] { collaboratorId } })).EnsureSuccessStatusCode();
        var team = await browser.NewPageAsync(address);
        await SignInAsync(team, "lawyer@demo.portal");
        // The team's list counts its contracts and names who holds each; a click on the row opens it.
        var detail = await GetAsync(lawyer, $"/api/v1/contracts/{id}");
        await team.GotoAsync("/contracts");
        await team.WaitForCircuitAsync();
        await Assertions.Expect(team.GetByTestId("contract-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Results: \d+$"));
        var row = team.GetByTestId("contract-row").Filter(new() { Has = team.GetByTestId("contract-link").GetByText(detail.GetProperty("reference").GetString()!) });
        await Assertions.Expect(row.GetByTestId("contract-row-lawyer")).ToHaveTextAsync(detail.GetProperty("assignedLawyerName").GetString() ?? "Not assigned yet");
        await row.Locator("td").Nth(1).ClickAsync();
        await team.WaitForURLAsync($"**/contracts/{id}");
        await team.WaitForCircuitAsync();
        await Assertions.Expect(team.GetByTestId("plan-step")).ToHaveCountAsync(2);
        await team.ScreenshotAsync($"contract-setup-legal-team.{language}");
        await FireAsync(lawyer, id, "Generate", fields: new() { ["counterpartyName"] = "Falcon Logistics LLC", ["contractValue"] = "120000", ["startDate"] = "2027-01-01" });
        await FireAsync(lawyer, id, "SubmitForApproval");

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await ExpectStatusAsync(page, statuses[1]);
        await Assertions.Expect(page.GetByTestId("approval-row")).ToHaveCountAsync(2);
        await ExpectNoDecisionButtonsAsync(page);
        await page.ScreenshotAsync($"contract-being-approved.{language}");

        // The first approver approves from the contract page; the second from the API.
        await team.ReloadAsync();
        await team.WaitForCircuitAsync();
        await Assertions.Expect(team.GetByTestId("your-turn")).ToHaveTextAsync("Your approval is requested.");
        await Assertions.Expect(team.GetByTestId("approval-status").First).ToHaveTextAsync("Your turn");
        await Assertions.Expect(team.GetByTestId("approval-status").Nth(1)).Not.ToHaveTextAsync("Your turn");
        await team.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(team.GetByTestId("confirm-message")).ToContainTextAsync("cannot be changed");
        await team.GetByTestId("confirm-step").ClickAsync();
        await Assertions.Expect(team.GetByTestId("approve")).ToHaveCountAsync(0);
        await Assertions.Expect(team.GetByTestId("your-turn")).ToHaveCountAsync(0);
        var approvals = await ApprovalsAsync(admin, id);
        (await DecideAsync(admin, approvals[1].GetProperty("id").GetGuid(), true)).EnsureSuccessStatusCode();

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await ExpectStatusAsync(page, statuses[2]);
        await ExpectNoDecisionButtonsAsync(page);
        await page.ScreenshotAsync($"contract-awaiting-signature.{language}");

        var signer = SignerTexts[language];
        var signerPage = await browser.NewPageAsync(address);
        // The Arabic signer signs on a phone (390 x 844): the dialog, the consent and the pad must fit.
        var phone = language == "ar";
        if (phone) await signerPage.SetViewportSizeAsync(390, 844);
        await SignInAsync(signerPage, "collaborator@demo.portal");
        // The signer's own language is English; they switch to the journey's.
        await signerPage.GotoAsync($"/language/{language}?returnUrl=/approvals");
        await signerPage.WaitForCircuitAsync();
        await Assertions.Expect(signerPage.GetByTestId("pending-tasks")).ToBeVisibleAsync();
        await signerPage.GotoAsync($"/contracts/{id}");
        await signerPage.WaitForCircuitAsync();
        await Assertions.Expect(signerPage.GetByTestId("your-turn")).ToHaveTextAsync(signer.Requested);
        await Assertions.Expect(signerPage.GetByTestId("no-actions")).ToHaveCountAsync(0);
        await Assertions.Expect(signerPage.GetByTestId("signature-status")).ToHaveTextAsync(signer.YourTurn);
        var pending = await signerPage.GetByTestId("signature-status").InnerTextAsync();
        await signerPage.GetByTestId("sign").ClickAsync();
        // The dialog shows the document itself (framed by our own page only) beside what signing agrees to.
        await Assertions.Expect(signerPage.GetByTestId("sign-consent")).ToContainTextAsync(signer.Agrees);
        await Assertions.Expect(signerPage.GetByTestId("sign-consent")).ToContainTextAsync("SHA-256");
        var documentUrl = await signerPage.GetByTestId("sign-document").GetAttributeAsync("src");
        var framed = await signerPage.Context.APIRequest.GetAsync(documentUrl!);
        Assert.Equal(200, framed.Status);
        Assert.StartsWith("inline", framed.Headers["content-disposition"]);
        Assert.Equal("SAMEORIGIN", framed.Headers["x-frame-options"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await framed.BodyAsync())[..4]));
        await signerPage.ScreenshotAsync($"signing-dialog.{language}");
        if (phone)
        {
            Assert.True(await signerPage.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the signing dialog is wider than the phone");
            var dialog = (await signerPage.GetByTestId("sign-dialog").BoundingBoxAsync())!;
            Assert.True(dialog.X >= 0 && dialog.X + dialog.Width <= 390.5, $"the signing dialog spans {dialog.X}..{dialog.X + dialog.Width} on a 390 px screen");
        }
        // Cancel signs nothing: the dialog closes and the signature is still pending.
        await signerPage.GetByTestId("sign-cancel").ClickAsync();
        await Assertions.Expect(signerPage.GetByTestId("sign-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(signerPage.GetByTestId("signature-status")).ToHaveTextAsync(pending);
        await signerPage.GetByTestId("sign").ClickAsync();
        // Signing without ticking the consent box is refused in the dialog, which stays open.
        await signerPage.GetByTestId("sign-confirm").ClickAsync();
        await Assertions.Expect(signerPage.GetByTestId("sign-problem")).ToHaveTextAsync(signer.NeedsConsent);
        await signerPage.GetByTestId("sign-accept").ClickAsync();
        if (language == "ar")
        {
            // A drawn signature: strokes across the pad, as a finger or a mouse would make them.
            await signerPage.GetByTestId("sign-how-drawn").ClickAsync();
            await signerPage.GetByTestId("sign-pad").ScrollIntoViewIfNeededAsync();
            var pad = (await signerPage.GetByTestId("sign-pad").BoundingBoxAsync())!;
            await signerPage.Mouse.MoveAsync(pad.X + 20, pad.Y + pad.Height * 0.7f);
            await signerPage.Mouse.DownAsync();
            await signerPage.Mouse.MoveAsync(pad.X + pad.Width * 0.4f, pad.Y + 20, new() { Steps = 8 });
            await signerPage.Mouse.MoveAsync(pad.X + pad.Width - 20, pad.Y + pad.Height - 20, new() { Steps = 8 });
            await signerPage.Mouse.UpAsync();
            await signerPage.ScreenshotAsync("signing-dialog-drawn.ar");
        }
        else
        {
            await signerPage.GetByTestId("typed-name").FillAsync("Nadia Farouk");
        }
        await signerPage.GetByTestId("sign-confirm").ClickAsync();
        await Assertions.Expect(signerPage.GetByTestId("sign")).ToHaveCountAsync(0);
        await Assertions.Expect(signerPage.GetByTestId("your-turn")).ToHaveCountAsync(0);
        // The evidence the legal team reads: how, the consent in the signer's language, and from where.
        var evidence = Assert.Single(await SignaturesAsync(admin, id)).GetProperty("evidence");
        Assert.Equal(language == "ar" ? "drawn" : "typed", evidence.GetProperty("method").GetString());
        Assert.Contains(signer.Agrees, evidence.GetProperty("consent").GetString());
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("ipAddress").GetString()));
        await Assertions.Expect(signerPage.GetByTestId("no-actions")).ToHaveTextAsync(signer.Nothing);

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await ExpectStatusAsync(page, statuses[3]);
        await page.GetByTestId("milestone-title").FillAsync(language == "ar" ? "الدفعة الأولى" : "First payment");
        await page.GetByTestId("milestone-due").FillAsync("2027-02-01");
        await page.GetByTestId("add-milestone").ClickAsync();
        await Assertions.Expect(page.GetByTestId("milestone-row")).ToHaveCountAsync(1);
        await ExpectNoDecisionButtonsAsync(page);
        await page.ScreenshotAsync($"contract-signed-with-milestone.{language}");
    }

    static async Task ExpectStatusAsync(IPage page, string status) =>
        await Assertions.Expect(page.GetByTestId("contract-status")).ToContainTextAsync(status);

    static async Task ExpectNoDecisionButtonsAsync(IPage page)
    {
        foreach (var button in new[] { "approve", "reject", "sign", "decline" })
            await Assertions.Expect(page.GetByTestId(button)).ToHaveCountAsync(0);
    }

    static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(email == PortalApi.Admin ? PortalApi.AdminPassword : PortalApi.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
    }
}
