using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Shell;

// Every main page of each role at 390x844, in English and Arabic: nothing wider than the screen
// (tables scroll inside their card or become cards), and Sign out and the language switch on it.
[Collection(PageSweepCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    const string Overflow = """
        () => {
          const width = window.innerWidth, found = [];
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
            const p = e.parentElement?.getBoundingClientRect();
            if (p && (p.right > width + 1 || p.left < -1)) continue;
            const id = e.getAttribute('data-testid');
            found.push(`${e.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${[...e.classList].slice(0, 3).join('.')} ${Math.round(r.left)}..${Math.round(r.right)}`);
          }
          return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${found.slice(0, 6).join(' | ')}`;
        }
        """;

    [BrowserFact]
    public Task A_client_uses_every_page_on_a_phone_in_English() => ClientAsync("client@demo.portal", "en");

    [BrowserFact]
    public Task A_client_uses_every_page_on_a_phone_in_Arabic() => ClientAsync("sara@demo.portal", "ar");

    [BrowserFact]
    public Task The_legal_team_uses_every_page_on_a_phone_in_English() => TeamAsync("en");

    [BrowserFact]
    public Task The_legal_team_uses_every_page_on_a_phone_in_Arabic() => TeamAsync("ar");

    async Task ClientAsync(string email, string language)
    {
        var (matter, contract) = await SeedAsync(email);
        await VisitAsync(email, language, "client",
            "/portal", "/portal/matters", $"/portal/matters/{matter}", $"/portal/requests/{MatterFlowTests.Consultation}",
            "/contracts", $"/contracts/{contract}", "/notifications", "/profile", "/calendar", "/search?q=co");
    }

    async Task TeamAsync(string language)
    {
        var (matter, contract) = await SeedAsync("client@demo.portal");
        await VisitAsync("lawyer@demo.portal", language, "lawyer",
            "/team", "/team/matters", "/team/cases", $"/team/matters/{matter}", $"/team/matters/{matter}/preview",
            "/contracts", $"/contracts/{contract}", "/approvals", "/notifications", "/profile", "/calendar", "/search?q=co", "/designer");
        await VisitAsync(PortalApi.Admin, language, "admin", "/admin/team", "/admin/clients", "/admin/portal-users", "/admin/signups", "/admin/failed-emails", "/admin/calendar");
        // Not the contract: the collaborator is no party to it (its page is a 404 for them).
        await VisitAsync("collaborator@demo.portal", language, "collaborator", "/contracts", "/approvals", "/notifications");
    }

    // A matter waiting on its requester (the answer card) and a contract request, so lists have rows.
    async Task<(Guid Matter, Guid Contract)> SeedAsync(string email)
    {
        using var client = await host.App.SignedInAsync(email);
        using var lawyer = await host.App.SignedInAsync("lawyer@demo.portal");
        var created = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Unpaid salary for the warehouse staff of the northern branch"));
        var matter = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var asked = await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions",
            new { trigger = "RequestInformation", comment = "Please send the employment contract and the last three payslips." });
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        await Calendar.CalendarSeed.AddDatesAsync(host.App, lawyer, matter, "The Commercial Court of the Eastern Province, second circuit", "Statement of defence with all the supporting documents");
        var contract = await ContractApi.SubmitRequestAsync(client, "Exclusive distribution agreement with a long title for the Eastern Province");
        return (matter, contract);
    }

    async Task VisitAsync(string email, string language, string role, params string[] paths)
    {
        var page = await browser.SignInAsync(host.App, email, language, email == PortalApi.Admin ? PortalApi.AdminPassword : null);
        await page.SetViewportSizeAsync(390, 844);
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.OpenAsync(path);
            try
            {
                // MudBlazor lays some parts out after the first paint: give the reflow a moment.
                await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1", null, new() { Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
                problems.Add($"{path}: {await page.EvaluateAsync<string>(Overflow)}");
            }
            foreach (var control in new[] { "sign-out", "language-switch" })
            {
                var box = await page.GetByTestId(control).BoundingBoxAsync();
                if (box is null || box.X < 0 || box.X + box.Width > 390) problems.Add($"{path}: {control} is off the screen ({box?.X}, {box?.Width})");
            }
            var name = System.Text.RegularExpressions.Regex.Replace(path.Trim('/').Replace('/', '-'), "[0-9a-f-]{36}", "id");
            await page.ScreenshotAsync($"phone.{role}.{(name.Length == 0 ? "home" : name)}.{language}");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, $"{role} ({language}) at 390 px:\n{string.Join("\n", problems)}");
    }
}
