using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Shell;

// An Arabic reader's main pages carry no English sentence: the resource test cannot see texts built
// in code (statuses, audit lines), this one reads what the browser shows. People's names, emails,
// references, file names and codes such as SHA-256 are data, not interface, and are allowed.
[Collection(PageSweepCollection.Name)]
public sealed partial class ArabicTextTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    // Visible text nodes, outside values people typed (bdi), code, and parts marked as English.
    const string VisibleTexts = """
        () => {
          const texts = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.trim(), parent = node.parentElement;
            if (!text || !/[A-Za-z]/.test(text) || !parent) continue;
            if (parent.closest('bdi, code, script, style, [lang="en"], [hidden]')) continue;
            if (!parent.getClientRects().length || getComputedStyle(parent).visibility === 'hidden') continue;
            const marked = parent.closest('[data-testid]');
            texts.push(`${text} (${marked ? marked.getAttribute('data-testid') : parent.tagName.toLowerCase()})`);
          }
          return texts;
        }
        """;

    static readonly string[] Data =
    [
        "Layla Haddad", "Omar Khalil", "Nadia Farouk", "Portal Administrator", "Al Noor Trading Co.", "Legal Affairs", "Procurement",
        "SHA-256", "PDF", "CSV", "Word", "IP",
    ];

    [BrowserFact]
    public async Task A_client_reads_only_arabic()
    {
        var (matter, contract) = await SeedAsync();
        var found = await ReadAsync("sara@demo.portal",
            "/portal", "/portal/matters", $"/portal/matters/{matter}", $"/portal/requests/{MatterFlowTests.Consultation}",
            "/contracts", $"/contracts/{contract}", "/notifications", "/profile", "/calendar", "/search?q=co");
        Assert.True(found.Count == 0, "English in the Arabic client pages:\n" + string.Join("\n", found));
    }

    [BrowserFact]
    public async Task The_legal_team_reads_only_arabic()
    {
        var (matter, contract) = await SeedAsync();
        var found = await ReadAsync("lawyer@demo.portal",
            "/team", "/team/matters", "/team/cases", $"/team/matters/{matter}", $"/team/matters/{matter}/preview",
            "/contracts", $"/contracts/{contract}", "/approvals", "/profile", "/calendar", "/search?q=co");
        // Not /notifications: each is written once, in its recipient's profile language (Layla's is English).
        found.AddRange(await ReadAsync(PortalApi.Admin, "/admin/team", "/admin/clients", "/admin/portal-users", "/admin/signups"));
        Assert.True(found.Count == 0, "English in the Arabic legal team pages:\n" + string.Join("\n", found));
    }

    // Sara asks in Arabic; the lawyer asks her for more, plans an approval and a signer, and drafts.
    async Task<(Guid Matter, Guid Contract)> SeedAsync()
    {
        using var sara = await host.App.SignedInAsync("sara@demo.portal");
        using var lawyer = await host.App.SignedInAsync("lawyer@demo.portal");
        var created = await sara.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = MatterFlowTests.Consultation,
            fields = new Dictionary<string, object> { ["subject"] = "مستحقات نهاية الخدمة", ["details"] = "لم تصرف الشركة المكافأة.", ["area"] = "labour" },
        });
        var matter = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var asked = await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions", new { trigger = "RequestInformation", comment = "يرجى إرسال عقد العمل." });
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        await Calendar.CalendarSeed.AddDatesAsync(host.App, lawyer, matter, "المحكمة العمالية بالرياض", "موعد تقديم المستندات");

        var contract = (await (await sara.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = ContractApi.RequestType,
            fields = new Dictionary<string, object> { ["subject"] = "عقد توزيع", ["details"] = "توزيع حصري في المنطقة الشرقية", ["counterparty"] = "شركة الخليج", ["value"] = 50000 },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var lawyerId = await ContractApi.UserIdAsync(lawyer);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan",
            new { steps = new[] { new { mode = "all", approvers = new[] { lawyerId } } } })).EnsureSuccessStatusCode();
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/signer-plan", new { signers = new[] { lawyerId } })).EnsureSuccessStatusCode();
        await ContractApi.FireAsync(lawyer, contract, "StartDrafting");
        return (matter, contract);
    }

    async Task<List<string>> ReadAsync(string email, params string[] paths)
    {
        var page = await browser.SignInAsync(host.App, email, "ar", email == PortalApi.Admin ? PortalApi.AdminPassword : null);
        var found = new List<string>();
        foreach (var path in paths)
        {
            await page.OpenAsync(path);
            // The interactive render replaces the prerendered one: read what is there once it settled.
            await page.WaitForTimeoutAsync(500);
            foreach (var text in await page.EvaluateAsync<string[]>(VisibleTexts))
                if (English().IsMatch(Allowed(text))) found.Add($"{path}: {text}");
        }
        await page.Context.CloseAsync();
        return found;
    }

    // What is left once the data is taken out: the testid in brackets, emails, references, file names.
    static string Allowed(string text)
    {
        var rest = Regex.Replace(text, @"\s\([\w-]+\)$", "");
        foreach (var value in Data) rest = rest.Replace(value, "", StringComparison.Ordinal);
        return DataValue().Replace(rest, "");
    }

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex English();

    [GeneratedRegex(@"[\w.+-]+@[\w.-]+|\b[A-Z]{2,5}-\d{4}-\d+\b|[\w-]+\.(pdf|docx?|png)\b|\bv\d+\b|\b[0-9a-f]{8,}\b")]
    private static partial Regex DataValue();
}
