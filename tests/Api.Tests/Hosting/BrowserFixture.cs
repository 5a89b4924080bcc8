using Microsoft.Playwright;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Hosting;

// One Chromium per browser collection: Debian's own binary, never a downloaded one.
public sealed class BrowserFixture : IAsyncLifetime
{
    IPlaywright? _playwright;
    IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"No browser: {Lanes.ChromiumVariable} is not set or Chromium failed to start.");

    public async Task InitializeAsync()
    {
        if (Lanes.Chromium is not { } path) return; // the lane's tests skip (or fail under CI) on their own
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    // bypassCsp only for tools that inject their own script (axe): the page's policy refuses them.
    public async Task<IPage> NewPageAsync(Uri baseAddress, string? language = null, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = language ?? "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            BypassCSP = bypassCsp,
        });
        // Generous: CI machines are small and a Blazor circuit can take seconds to start under load.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        // Every journey doubles as a CSP check: a violation Chromium reports fails the next circuit wait.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                PageExtensions.CspViolations.GetOrCreateValue(page).Add(message.Text);
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

// The browser lane is two collections that run side by side, each with its own Chromium: the
// journeys in one, the page-wide sweeps (accessibility, phone layout, languages, bidi) in the
// other. One collection ran some 33 minutes on its own after the rest of the suite had finished.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

[CollectionDefinition(Name)]
public sealed class PageSweepCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-sweeps";
}

public static class PageExtensions
{
    internal static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    // A click sent before the Blazor circuit is live is lost: wait for the layout's marker.
    public static async Task WaitForCircuitAsync(this IPage page)
    {
        await page.Locator("[data-testid=circuit][data-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        AssertNoCspViolation(page);
    }

    // A MudBlazor check box shows its new state only once the circuit has rendered it; under load a
    // click can land while the panel around it is still being laid out and do nothing. Click until the
    // rendered state is the one asked for, reading the state before each click so that a late first
    // click is never undone by a second.
    public static async Task SetCheckedOnCircuitAsync(this ILocator box, bool value)
    {
        for (var attempt = 0; attempt < 4 && await box.IsCheckedAsync() != value; attempt++)
        {
            await box.ClickAsync(new() { Force = true });
            try { await Assertions.Expect(box).ToBeCheckedAsync(new() { Checked = value, Timeout = 10_000 }); }
            catch (PlaywrightException) { }
        }
        await Assertions.Expect(box).ToBeCheckedAsync(new() { Checked = value });
    }

    // The static sign-in form (no circuit needed); waits until the portal has left it.
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
    }

    public static void AssertNoCspViolation(this IPage page) =>
        Assert.True(!CspViolations.TryGetValue(page, out var seen) || seen.Count == 0,
            "Content-Security-Policy violations:\n" + string.Join("\n", seen ?? []));

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
        AssertNoCspViolation(page);
    }
}
