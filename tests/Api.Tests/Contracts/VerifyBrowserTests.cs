using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Contracts;

// Someone without an account checks a signed copy on the public page, in English on a desktop
// and in Arabic on a phone.
[Collection(PageSweepCollection.Name)]
public sealed class VerifyBrowserTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    [BrowserFact]
    public async Task A_visitor_checks_a_genuine_copy_in_English_and_sees_the_progress_while_it_uploads()
    {
        var (signed, _) = await SignedCopyTests.SignedCopyAsync(host.App);
        var page = await browser.NewPageAsync(host.App.ServerAddress);
        await page.GotoAsync("/language/en?returnUrl=/verify");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Check a signed copy");
        await Assertions.Expect(page.GetByTestId("verify-progress")).ToBeHiddenAsync();

        // First a submission the page itself cancels (a listener added after verify.js's): the progress
        // line shows and the button stops a second send. Then the real one.
        await page.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "signed.pdf", MimeType = "application/pdf", Buffer = signed.Pdf });
        await page.EvaluateAsync("() => document.addEventListener('submit', e => e.preventDefault(), { once: true })");
        await page.GetByTestId("verify-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("verify-progress")).ToContainTextAsync("Uploading and checking the signature");
        await Assertions.Expect(page.GetByTestId("verify-button")).ToBeDisabledAsync();

        await page.GotoAsync("/verify");
        await page.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "signed.pdf", MimeType = "application/pdf", Buffer = signed.Pdf });
        await page.GetByTestId("verify-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-result")).ToHaveAttributeAsync("data-outcome", "Genuine");
        await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("Genuine: this is a signed copy issued by this portal");
        await Assertions.Expect(page.GetByTestId("verify-reference")).ToHaveTextAsync(signed.Reference);
        await Assertions.Expect(page.GetByTestId("verify-version")).ToContainTextAsync($"the signed copy of version {signed.Version.GetProperty("number").GetInt32() - 1}");
        await page.ScreenshotAsync("verify-genuine.en");
    }

    [BrowserFact]
    public async Task A_visitor_on_a_phone_in_Arabic_is_told_an_altered_copy_is_not_genuine_and_a_word_file_is_not_a_pdf()
    {
        var (signed, _) = await SignedCopyTests.SignedCopyAsync(host.App);
        var page = await browser.NewPageAsync(host.App.ServerAddress, "ar");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/language/ar?returnUrl=/verify");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("التحقق من نسخة موقّعة");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");

        await page.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "notes.docx", MimeType = "application/pdf", Buffer = "PK not a pdf"u8.ToArray() });
        await page.GetByTestId("verify-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-error")).ToHaveTextAsync("الملف ليس بصيغة PDF.");

        await page.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "altered.pdf", MimeType = "application/pdf", Buffer = SignedCopyTests.ChangeOneByte(signed.Pdf) });
        await page.GetByTestId("verify-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-result")).ToHaveAttributeAsync("data-outcome", "Altered");
        await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("غير أصلية: تغيّر هذا الملف بعد توقيعه");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the answer is wider than the phone");
        await page.ScreenshotAsync("verify-altered.ar");

        await page.GetByTestId("verify-another").ClickAsync();
        await page.GetByTestId("verify-file").SetInputFilesAsync(new FilePayload { Name = "signed.pdf", MimeType = "application/pdf", Buffer = signed.Pdf });
        await page.GetByTestId("verify-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("أصلية: هذه نسخة موقّعة صادرة عن هذه البوابة");
        await Assertions.Expect(page.GetByTestId("verify-reference")).ToHaveTextAsync(signed.Reference);
        await page.ScreenshotAsync("verify-genuine.ar");
    }
}
