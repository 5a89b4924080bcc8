using System.Text;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Matters;

// The steps the matter journeys repeat: a person signs in in their language, opens a matter, fires an action.
internal static class BrowserSteps
{
    public static async Task<IPage> SignInAsync(this BrowserFixture browser, PortalApp app, string email, string language = "en", string? password = null, bool bypassCsp = false)
    {
        var page = await browser.NewPageAsync(app.ServerAddress, language == "ar" ? "ar" : null, bypassCsp);
        // The machine is shared: a first render after start-up can take longer than the fixture's 15 s.
        page.Context.SetDefaultTimeout(45_000);
        page.Context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        // The class's first page also warms the host up (seen over 30 s at load 20): give it longer.
        await page.GotoAsync($"/language/{language}?returnUrl=/account/sign-in", new() { Timeout = 90_000 });
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

    // Picks an option of a server-searched autocomplete. Under load a search answered after the
    // click re-opens the list and the choice is lost, as a person would see it; like them, pick again.
    public static async Task PickAsync(this IPage page, string testId, string typed, string option)
    {
        var input = page.GetByTestId(testId);
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(typed);
            await page.GetByRole(AriaRole.Option, new() { NameString = option }).ClickAsync();
            try
            {
                await Assertions.Expect(input).ToHaveValueAsync(option, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
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
        await page.SubmitFormAsync(url => new Uri(url).AbsolutePath.StartsWith("/portal/matters/", StringComparison.Ordinal));
        return new Uri(page.Url).AbsolutePath;
    }

    // Presses Submit and waits for the page the submission lands on. On a loaded machine a click can
    // reach the page while its circuit is busy and be lost: when the form shows no error and is not
    // working (its button enabled, no progress), the person presses again, as anyone would.
    public static async Task SubmitFormAsync(this IPage page, Func<string, bool> landed)
    {
        var submit = page.GetByTestId("submit-request");
        for (var attempt = 1; ; attempt++)
        {
            await submit.ClickAsync();
            try
            {
                // Storing the request and starting its workflow is the slowest step on a loaded machine.
                await page.WaitForURLAsync(landed, new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
                break;
            }
            catch (TimeoutException)
            {
                var problem = await page.GetByTestId("problem").AllInnerTextsAsync();
                var idle = problem.Count == 0 && landed(page.Url) is false && await submit.IsEnabledAsync();
                if (idle && attempt < 3) continue;
                if (!idle)
                {
                    // Still working: give it the rest of the time a slow machine may need.
                    try
                    {
                        await page.WaitForURLAsync(landed, new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
                        break;
                    }
                    catch (TimeoutException) { problem = await page.GetByTestId("problem").AllInnerTextsAsync(); }
                }
                await page.ScreenshotAsync("failed-submission");
                throw new InvalidOperationException($"The request was not submitted after {attempt} press(es): {string.Join(" | ", problem)}");
            }
        }
        await page.WaitForCircuitAsync();
    }

    public static Task ExpectStatusAsync(this IPage page, string label) =>
        Assertions.Expect(page.GetByTestId("matter-status")).ToHaveTextAsync(label);

    public static FilePayload Pdf(string name, string text = "hello") =>
        new() { Name = name, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n") };
}
