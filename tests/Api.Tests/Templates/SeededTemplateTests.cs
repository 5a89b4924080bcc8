using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Templates;

// The four templates a new portal starts with, as a client previews them in English (Omar) and in
// Arabic (Sara): several pages each, the optional clauses present exactly when their question says so.
public sealed class SeededTemplateTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static readonly Dictionary<string, object> Services = new()
    {
        ["counterpartyName"] = "Falcon Logistics LLC", ["services"] = "Warehousing and last-mile delivery in Riyadh", ["contractValue"] = 120000,
        ["startDate"] = "2027-01-15", ["paymentDays"] = 45, ["includeConfidentiality"] = true, ["includeNonSolicitation"] = true,
        ["nonSolicitationMonths"] = 6, ["includeArbitration"] = true,
    };

    static readonly Dictionary<string, object> Nda = new()
    {
        ["otherParty"] = "Gulf Shipping Co.", ["purpose"] = "evaluating a joint venture", ["direction"] = "client", ["effectiveDate"] = "2027-02-01",
        ["years"] = 5, ["includeNonSolicitation"] = false, ["includeArbitration"] = false,
    };

    static readonly Dictionary<string, object> Employment = new()
    {
        ["candidate"] = "Huda Al-Qahtani", ["jobTitle"] = "Legal Counsel", ["startDate"] = "2027-03-01", ["salary"] = 25000, ["includeHousing"] = true,
        ["housing"] = 6250, ["probationDays"] = 90, ["annualLeave"] = 30, ["includeConfidentiality"] = true,
    };

    static readonly Dictionary<string, object> PowerOfAttorney = new()
    {
        ["attorney"] = "Khalid Al-Harbi", ["attorneyId"] = "1012345678", ["scope"] = "litigation", ["matter"] = "Claim No. 4471 against Delta Contracting",
        ["issueDate"] = "2027-01-15", ["allowDelegation"] = false, ["hasExpiry"] = true, ["expiryDate"] = "2027-12-31",
    };

    [Fact]
    public async Task Each_seeded_template_renders_several_pages_in_english_with_its_optional_clauses_as_answered()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        await ExpectAsync(client, "Services agreement", Services, ["Services Agreement", "SAR 120,000.00 (one hundred and twenty thousand Saudi riyals)",
            "within 45 days", "Confidentiality", "for 6 months after it ends", "Saudi Center for Commercial Arbitration"], ["competent courts of Riyadh"]);
        await ExpectAsync(client, "Non-disclosure agreement", Nda, ["Non-Disclosure Agreement", "Al Noor will disclose Confidential Information",
            "last for 5 years", "competent courts of Riyadh"], ["Non-solicitation", "Each party may disclose"]);
        await ExpectAsync(client, "Employment offer", Employment, ["Employment Offer", "Legal Counsel", "SAR 25,000.00", "Housing allowance",
            "first 90 days", "30 days of paid annual leave", "Confidentiality"], ["not subject to a probation"]);
        await ExpectAsync(client, "Power of attorney", PowerOfAttorney, ["Power of Attorney", "Khalid Al-Harbi", "before all courts",
            "may not delegate", "expires on 31 December 2027"], ["manage its affairs", "remains in force until revoked"]);
    }

    [Fact]
    public async Task Each_seeded_template_renders_several_pages_in_arabic_in_logical_order()
    {
        var sara = await _app.SignedInAsync("sara@demo.portal");
        await ExpectAsync(sara, "اتفاقية خدمات", Services, ["اتفاقية خدمات", "مائة وعشرون ألف ريال سعودي", "السرية", "عدم الاستقطاب",
            "المركز السعودي للتحكيم التجاري"], ["وتختص محاكم مدينة الرياض"]);
        await ExpectAsync(sara, "اتفاقية عدم إفصاح", Nda, ["اتفاقية عدم إفصاح", "تفصح النور عن معلومات سرية", "وتختص محاكم مدينة الرياض"],
            ["عدم الاستقطاب"]);
        await ExpectAsync(sara, "عرض عمل", Employment, ["عرض عمل", "بدل السكن", "مكافأة نهاية الخدمة", "السرية"], ["علاقة العمل لفترة تجربة"]);
        await ExpectAsync(sara, "وكالة", PowerOfAttorney, ["وكالة", "أمام جميع محاكم المملكة العربية السعودية", "توكيل غيره في أي من هذه الصلاحيات"],
            ["في إدارة شؤونه", "وتبقى نافذة حتى عزل الوكيل"]);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_the_clauses_show_which_templates_use_them()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var before = await GetAsync(lawyer, "/api/v1/studio/templates");
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowPortal.Workflows.Demo.PortalSeeder>().SeedAsync(CancellationToken.None);
        var after = await GetAsync(lawyer, "/api/v1/studio/templates");
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(4, after.GetProperty("items").GetArrayLength());
        Assert.All(after.GetProperty("items").EnumerateArray(), t => Assert.Equal(1, t.GetProperty("publishedVersion").GetInt32()));

        var clauses = (await GetAsync(lawyer, "/api/v1/studio/clauses")).EnumerateArray().ToList();
        Assert.Equal(["arbitration", "confidentiality", "non-solicitation"], clauses.Select(c => c.GetProperty("key").GetString()));
        Assert.Equal([2, 2, 2], clauses.Select(c => c.GetProperty("usedBy").GetInt32()));
    }

    static async Task ExpectAsync(HttpClient client, string name, Dictionary<string, object> answers, string[] present, string[] absent)
    {
        var templates = (await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray();
        var template = Assert.Single(templates, t => t.GetProperty("name").GetProperty(Regex.IsMatch(name, @"\p{IsArabic}") ? "ar" : "en").GetString() == name);
        var response = await client.PostAsJsonAsync($"/api/v1/contract-templates/{template.GetProperty("id").GetGuid()}/preview", new { fields = answers });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        // pdftotext wraps each Arabic line in directional marks: a phrase across two lines is compared without them.
        var text = Regex.Replace(Regex.Replace(PdfText(pdf), "[\u202A-\u202E\u2066-\u2069]", ""), @"\s+", " ");
        foreach (var phrase in present) Assert.True(text.Contains(phrase, StringComparison.Ordinal), $"{name} lacks \"{phrase}\":\n{text}");
        foreach (var phrase in absent) Assert.False(text.Contains(phrase, StringComparison.Ordinal), $"{name} has \"{phrase}\"");
        Assert.True(Pages(pdf) >= 2, $"{name} has {Pages(pdf)} page(s)");
    }

    static int Pages(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", [path]) { RedirectStandardOutput = true })!;
            var info = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
