using System.Net;
using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Shell;

// axe-core over every page route (the @page directives) each role can reach, in English and Arabic:
// no critical or serious violation anywhere. Pages with an id open seeded demo data: a matter waiting
// on its requester, a contract in approval with the collaborator as approver, the services template.
[Collection(PageSweepCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, KestrelAppFixture host, ITestOutputHelper output) : IClassFixture<KestrelAppFixture>
{
    const string ServicesTemplate = "7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0101";
    const string Workflow = "consultation-request";

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public Task Signed_out_pages(string language) => VisitAsync(null, language,
        "/account/sign-in", "/account/forgot-password", "/account/sign-up", "/account/reset-password",
        "/account/confirm-email", "/account/accept-invitation", "/account/access-denied", "/account/sign-in-2fa", "/not-found");

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Client_pages(string language)
    {
        var email = language == "ar" ? "sara@demo.portal" : "client@demo.portal";
        var seed = await SeedAsync(email);
        await VisitAsync(email, language,
            "/portal", "/portal/matters", $"/portal/matters/{seed.Matter}", $"/portal/requests/{MatterFlowTests.Consultation}",
            "/contracts", $"/contracts/{seed.Contract}", $"/contracts/templates/{ServicesTemplate}", "/notifications", "/profile", "/calendar", "/search?q=co");
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Lawyer_pages(string language)
    {
        var seed = await SeedAsync("client@demo.portal");
        await VisitAsync("lawyer@demo.portal", language,
            "/team", "/team/matters", "/team/cases", $"/team/matters/{seed.Matter}", $"/team/matters/{seed.Matter}/preview",
            "/contracts", $"/contracts/{seed.Contract}", "/approvals", "/notifications", "/profile", "/calendar", "/search?q=co",
            "/designer", $"/designer/{Workflow}", $"/designer/instances/{seed.Instance}",
            "/studio/clauses", "/studio/contract-types", "/studio/templates", "/studio/templates/new", $"/studio/templates/{ServicesTemplate}",
            "/admin/clients", "/admin/portal-users", "/admin/signups", "/admin/calendar", "/not-found");
    }

    // The administrator's own pages, and those that show an administrator more than a lawyer; the
    // rest render the same components the lawyer's run covers.
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Administrator_pages(string language)
    {
        var seed = await SeedAsync("client@demo.portal");
        await VisitAsync(PortalApi.Admin, language,
            "/team", "/admin/team", "/admin/failed-emails", "/admin/portal-users", "/admin/clients", "/admin/calendar",
            "/designer", $"/designer/{Workflow}", $"/designer/{Workflow}/migrate", $"/contracts/{seed.Contract}");
    }

    // Notifications, the profile and the signed-in not-found page render the same components for every
    // role; the client's and the lawyer's runs cover them.
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Collaborator_pages(string language)
    {
        var seed = await SeedAsync("client@demo.portal");
        await VisitAsync("collaborator@demo.portal", language,
            "/contracts", $"/contracts/{seed.Contract}", "/approvals", "/calendar");
    }

    sealed record Seed(Guid Matter, Guid Instance, Guid Contract);

    // A matter waiting on its requester (the answer card) and a contract in approval whose approver
    // is the collaborator (so that they may open it), so that lists have rows and task panels show.
    async Task<Seed> SeedAsync(string email)
    {
        using var client = await host.App.SignedInAsync(email);
        using var lawyer = await host.App.SignedInAsync("lawyer@demo.portal");
        using var collaborator = await host.App.SignedInAsync("collaborator@demo.portal");
        var created = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Unpaid salary for the warehouse staff"));
        var matter = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var asked = await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions",
            new { trigger = "RequestInformation", comment = "Please send the employment contract and the last three payslips." });
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        var instance = (await ContractApi.GetAsync(lawyer, $"/api/v1/matters/{matter}")).GetProperty("workflowInstanceId").GetGuid();
        await Calendar.CalendarSeed.AddDatesAsync(host.App, lawyer, matter, "Labour Court, Riyadh", "Payslips due");

        var contract = await ContractApi.SubmitTemplateAsync(client);
        var collaboratorId = await ContractApi.UserIdAsync(collaborator);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan", new
        {
            steps = new[] { new { mode = "all", approvers = new[] { collaboratorId } } },
        })).EnsureSuccessStatusCode();
        await ContractApi.FireAsync(lawyer, contract, "Generate", fields: new() { ["counterpartyName"] = "Falcon Logistics LLC", ["contractValue"] = "120000", ["startDate"] = "2027-01-01" });
        await ContractApi.FireAsync(lawyer, contract, "SubmitForApproval");
        return new(matter, instance, contract);
    }

    async Task VisitAsync(string? email, string language, params string[] paths)
    {
        // axe runs under the app's real CSP (no bypass): Playwright injects it over the DevTools protocol,
        // which script-src 'self' does not govern, so the run also checks the pages raise no CSP violation.
        IPage page;
        if (email is null)
        {
            page = await browser.NewPageAsync(host.App.ServerAddress, language == "ar" ? "ar" : null, bypassCsp: false);
            page.Context.SetDefaultTimeout(45_000);
            await page.GotoAsync($"/language/{language}?returnUrl=/account/sign-in");
        }
        else
        {
            page = await browser.SignInAsync(host.App, email, language, email == PortalApi.Admin ? PortalApi.AdminPassword : null, bypassCsp: false);
        }
        var found = new List<string>();
        var counts = new SortedDictionary<string, int>();
        var passed = 0;
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            // Static pages (signed out, not found) have no circuit; the others are read once it has rendered.
            if (await page.GetByTestId("circuit").CountAsync() > 0) await page.WaitForCircuitAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            // The legacy run is the same axe.run over the same rules (the count of passed rules did not
            // change); RunAxe's partial run opens and loads axe into a fresh blank page for every call to
            // merge frame results, which doubled the sweep's time, and our pages have no frames.
#pragma warning disable CS0618
            var result = await page.RunAxeLegacy();
#pragma warning restore CS0618
            passed += result.Passes.Length;
            foreach (var violation in result.Violations)
            {
                var impact = violation.Impact ?? "unknown";
                counts[impact] = counts.GetValueOrDefault(impact) + violation.Nodes.Length;
                if (impact is not ("critical" or "serious")) continue;
                foreach (var node in violation.Nodes)
                {
                    var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
                    found.Add($"{impact} {violation.Id} on {path}: {node.Target} {Shorten(node.Html)} ({why})");
                }
            }
        }
        await page.Context.CloseAsync();
        var who = email ?? "signed out";
        output.WriteLine($"axe {who} ({language}), {paths.Length} pages, {passed} rules passed; violations (nodes) by impact: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        Assert.True(found.Count == 0, $"{who} ({language}): {found.Count} critical or serious axe violations:\n{string.Join("\n", found)}");
    }

    static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
