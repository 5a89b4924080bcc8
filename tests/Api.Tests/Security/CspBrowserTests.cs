using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Security;

// The journeys check that nothing the portal serves breaks its own CSP; this proves the check sees a violation.
[Collection(PageSweepCollection.Name)]
public sealed class CspBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_injected_inline_script_is_blocked_and_fails_the_journey_check()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.GotoAsync("/account/sign-in");
        page.AssertNoCspViolation();

        await page.RunAndWaitForConsoleMessageAsync(() => page.EvaluateAsync(
            "() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy") });
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.injected ?? null"));
        Assert.Throws<Xunit.Sdk.TrueException>(() => page.AssertNoCspViolation());
    }
}
