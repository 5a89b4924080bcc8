using System.Text;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Matters;

// The steps the matter journeys repeat: a person signs in in their language, opens a matter, fires an action.
internal static class BrowserSteps
{
    public static async Task<IPage> SignInAsync(this BrowserFixture browser, PortalApp app, string email, string language = "en", string? password = null)
    {
        var page = await browser.NewPageAsync(app.ServerAddress, language == "ar" ? "ar" : null);
        // The machine is shared: a first render after start-up can take longer than the fixture's 15 s.
        page.Context.SetDefaultTimeout(45_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await page.GotoAsync($"/language/{language}?returnUrl=/account/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password ?? PortalApi.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        // The home page of either side, whichever way the redirect after signing in was followed.
        await page.Locator("[data-testid=portal-home], [data-testid=team-home]").WaitForAsync();
        await page.WaitForCircuitAsync();
        // Signing in brings the person's own language; a journey in the other one switches after.
        if (await page.GetAttributeAsync("html", "lang") != language)
        {
            await page.GotoAsync($"/language/{language}?returnUrl={Uri.EscapeDataString(new Uri(page.Url).AbsolutePath)}");
            await page.WaitForCircuitAsync();
        }
        return page;
    }

    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
    }

    public static async Task FireAsync(this IPage page, string trigger, string? comment = null)
    {
        if (comment is not null) await page.GetByTestId("action-comment").FillAsync(comment);
        var button = page.GetByTestId($"action-{trigger}");
        var asks = await button.GetAttributeAsync("data-confirm") == "true";
        await button.ClickAsync();
        // A step that cannot be taken back asks first, in a dialog.
        if (asks) await page.GetByTestId("confirm-step").ClickAsync();
    }

    // Submits the request form and waits for the new matter's page; a refusal fails with what the page says.
    public static async Task<string> SubmitRequestAsync(this IPage page)
    {
        await page.GetByTestId("submit-request").ClickAsync();
        try
        {
            // Storing the matter and starting its workflow is the slowest step on a loaded machine.
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/portal/matters/", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync("failed-submission");
            var problem = await page.GetByTestId("problem").AllInnerTextsAsync();
            throw new InvalidOperationException($"The request was not submitted: {string.Join(" | ", problem)}");
        }
        await page.WaitForCircuitAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    public static Task ExpectStatusAsync(this IPage page, string label) =>
        Assertions.Expect(page.GetByTestId("matter-status")).ToHaveTextAsync(label);

    public static FilePayload Pdf(string name, string text = "hello") =>
        new() { Name = name, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n") };
}
