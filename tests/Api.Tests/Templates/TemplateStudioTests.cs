using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Templates;

// The template studio through the API: a lawyer writes, publishes and revises a template with a
// conditional library clause; a client generates contracts from it and never reaches the studio.
public sealed class TemplateStudioTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    const string BodyEn = """
        # Consulting Agreement

        The Consultant **{{ consultant }}** shall receive {{ fee | money: "SAR" }} ({{ fee | in_words: "SAR" }}) from {{ start | long_date }}.

        {% if nonCompete %}{% clause "non-compete" %}{% endif %}

        ## Governing law

        The laws of the Kingdom of Saudi Arabia apply.
        """;

    const string BodyAr = """
        # اتفاقية استشارات

        يستحق المستشار **{{ consultant }}** مبلغ {{ fee | money: "SAR" }} ({{ fee | in_words: "SAR" }}) اعتبارًا من {{ start | long_date }}.

        {% if nonCompete %}{% clause "non-compete" %}{% endif %}

        ## القانون الواجب التطبيق

        تسري أنظمة المملكة العربية السعودية.
        """;

    static object[] Questions =>
    [
        new { key = "consultant", type = "Text", label = new { en = "Consultant", ar = "المستشار" }, required = true, order = 1 },
        new { key = "fee", type = "Money", label = new { en = "Fee", ar = "الأتعاب" }, required = true, order = 2 },
        new { key = "start", type = "Date", label = new { en = "Start date", ar = "تاريخ البدء" }, required = true, order = 3 },
        new { key = "nonCompete", type = "YesNo", label = new { en = "Non-compete clause?", ar = "بند عدم منافسة؟" }, order = 4 },
    ];

    [Fact]
    public async Task A_lawyer_publishes_versions_and_a_client_generates_from_the_published_one_but_cannot_write()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        await AddNonCompeteClauseAsync(lawyer);
        var requestType = await TemplateRequestTypeAsync(admin);

        var created = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, BodyEn))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(0, created.GetProperty("publishedVersion").GetInt32());
        // Not published yet: the portal does not offer it.
        Assert.DoesNotContain((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);

        var v1 = await PublishAsync(lawyer, id, created.GetProperty("revision").GetInt32());
        Assert.Equal(1, v1.GetProperty("publishedVersion").GetInt32());
        var offered = Assert.Single((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        // The clause's own question joined the questionnaire.
        Assert.Contains(offered.GetProperty("questionnaire").EnumerateArray(), q => q.GetProperty("key").GetString() == "competitorRadiusKm");

        // With the condition false, the clause is not in the contract; with it true, it is.
        var without = await GenerateAsync(client, requestType, nonCompete: false);
        Assert.DoesNotContain("Non-compete", without.Text);
        Assert.Contains("SAR 150,000.00 (one hundred and fifty thousand Saudi riyals) from 15 January 2027", without.Text);
        var with = await GenerateAsync(client, requestType, nonCompete: true);
        Assert.Contains("Non-compete", with.Text);
        Assert.Contains("within 50 km", with.Text);
        Assert.Equal(1, (await GetAsync(client, $"/api/v1/contracts/{with.Id}")).GetProperty("templateVersion").GetInt32());

        // Editing makes a draft; clients keep version 1 until version 2 is published.
        var edited = await (await lawyer.PutAsJsonAsync($"/api/v1/studio/templates/{id}",
            Template(requestType, BodyEn.Replace("Consulting Agreement", "Advisory Agreement"), v1.GetProperty("revision").GetInt32()))).JsonAsync(HttpStatusCode.OK);
        Assert.True(edited.GetProperty("hasDraft").GetBoolean());
        Assert.Contains("Consulting Agreement", (await GenerateAsync(client, requestType, nonCompete: false)).Text);
        var v2 = await PublishAsync(lawyer, id, edited.GetProperty("revision").GetInt32());
        Assert.Equal(2, v2.GetProperty("publishedVersion").GetInt32());
        Assert.Contains("Advisory Agreement", (await GenerateAsync(client, requestType, nonCompete: false)).Text);
        var old = await GetAsync(lawyer, $"/api/v1/studio/templates/{id}/versions/1");
        Assert.Contains("Consulting Agreement", old.GetProperty("bodyEn").GetString());
        Assert.Equal([2, 1], v2.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));

        // A client reaches none of the studio: every write and read is a 404.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, BodyEn))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/studio/templates/{id}", Template(requestType, BodyEn, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/studio/templates/{id}/publish", new { revision = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/studio/templates/{id}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/studio/templates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/studio/clauses", new { key = "x" })).StatusCode);

        // Retired: no longer offered, still readable in the studio.
        await (await lawyer.PostAsync($"/api/v1/studio/templates/{id}/retire", null)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await GetAsync(lawyer, "/api/v1/studio/templates")).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.Contains((await GetAsync(lawyer, "/api/v1/studio/templates?includeRetired=true&search=consult")).GetProperty("items").EnumerateArray(),
            t => t.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_broken_template_answers_400_naming_the_line_and_a_clause_change_names_the_templates_using_it()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var clause = await AddNonCompeteClauseAsync(lawyer);
        var requestType = await TemplateRequestTypeAsync(admin);

        var broken = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates",
            Template(requestType, "# Title\n\nText\n\n{% if nonCompete %}\nNo end"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("line 6", broken.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        // A question whose answer could not be written into the document is refused, not collected and dropped.
        var upload = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", new
        {
            requestTypeId = requestType, name = new { en = "Consulting agreement", ar = "اتفاقية استشارات" }, bodyEn = "# Title", bodyAr = BodyAr,
            fields = new[] { new { key = "scan", type = "Files", label = new { en = "Scan", ar = "مسح" }, required = false, order = 1 } },
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("cannot be a Files", upload.GetProperty("errors").GetProperty("fields[0].type")[0].GetString());
        var unknown = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates",
            Template(requestType, "# Title\n\nPaid to {{ payee }}."))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("line 3: Unknown variable 'payee'", unknown.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        var missingClause = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates",
            Template(requestType, "# Title\n\n{% clause \"warranty\" %}"))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("line 3", missingClause.GetProperty("errors").GetProperty("bodyEn")[0].GetString());

        var created = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, BodyEn))).JsonAsync(HttpStatusCode.Created);
        await PublishAsync(lawyer, created.GetProperty("id").GetGuid(), created.GetProperty("revision").GetInt32());
        var changed = await (await lawyer.PutAsJsonAsync($"/api/v1/studio/clauses/{clause.GetProperty("id").GetGuid()}", Clause(clause.GetProperty("revision").GetInt32())))
            .JsonAsync(HttpStatusCode.OK);
        var use = Assert.Single(changed.GetProperty("usedBy").EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetGuid(), use.GetProperty("templateId").GetGuid());
        Assert.Equal(1, use.GetProperty("publishedRevision").GetInt32());
        Assert.Equal(2, changed.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task The_live_preview_renders_an_unsaved_source_in_arabic_with_sample_answers()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        await AddNonCompeteClauseAsync(lawyer);
        var body = new { bodyEn = BodyEn, bodyAr = BodyAr, fields = Questions, digits = "ArabicIndic", language = "ar", answers = new { consultant = "شركة الأفق" } };
        var response = await lawyer.PostAsJsonAsync("/api/v1/studio/templates/preview", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("شركة الأفق", text);
        Assert.Contains("مائة وخمسون ألف ريال سعودي", text);
        // pdftotext wraps digit runs in directional marks and moves spaces around them: compare without both.
        var compact = System.Text.RegularExpressions.Regex.Replace(text, @"[\u202A-\u202E\u2066-\u2069\s]", "");
        Assert.Contains("مبلغ١٥٠٬٠٠٠٫٠٠ريالسعودي", compact);
        Assert.Contains("من١٥يناير", compact);
        Assert.Contains("٢٠٢٧", compact);
        Assert.Contains("عدمالمنافسة", compact);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/studio/templates/preview", body)).StatusCode);
    }

    async Task<JsonElement> AddNonCompeteClauseAsync(HttpClient lawyer) =>
        await (await lawyer.PostAsJsonAsync("/api/v1/studio/clauses", Clause(null))).JsonAsync(HttpStatusCode.Created);

    static object Clause(int? revision) => new
    {
        key = "non-compete",
        name = new { en = "Non-compete", ar = "عدم المنافسة" },
        bodyEn = "## Non-compete\n\nThe Consultant shall not work for a competitor within {{ competitorRadiusKm }} km" + (revision is null ? "." : " for twelve months."),
        bodyAr = "## عدم المنافسة\n\nلا يعمل المستشار لدى منافس في نطاق {{ competitorRadiusKm }} كم.",
        fields = new object[] { new { key = "competitorRadiusKm", type = "Number", label = new { en = "Radius (km)", ar = "النطاق (كم)" }, @default = "50", order = 1 } },
        revision,
    };

    // A new request type that generates contracts, so the demo's own template stays untouched.
    static async Task<Guid> TemplateRequestTypeAsync(HttpClient admin)
    {
        var demo = await GetAsync(admin, $"/api/v1/request-types/{TemplateType}");
        var created = await (await admin.PostAsJsonAsync("/api/v1/request-types", new
        {
            categoryId = demo.GetProperty("categoryId").GetGuid(),
            name = new { en = "Consulting agreement", ar = "اتفاقية استشارات" },
            description = new { en = "Generate a consulting agreement.", ar = "أنشئ اتفاقية استشارات." },
            creates = "ContractFromTemplate",
            workflowKey = "contract-from-template",
            fields = Array.Empty<object>(),
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    static object Template(Guid requestType, string bodyEn, int? revision = null) => new
    {
        requestTypeId = requestType,
        name = new { en = "Consulting agreement", ar = "اتفاقية استشارات" },
        bodyEn,
        bodyAr = BodyAr,
        fields = Questions,
        revision,
    };

    static async Task<JsonElement> PublishAsync(HttpClient lawyer, Guid id, int revision) =>
        await (await lawyer.PostAsJsonAsync($"/api/v1/studio/templates/{id}/publish", new { revision })).JsonAsync(HttpStatusCode.OK);

    static async Task<(Guid Id, string Text)> GenerateAsync(HttpClient client, Guid requestType, bool nonCompete)
    {
        var fields = new Dictionary<string, object> { ["consultant"] = "Horizon Advisory", ["fee"] = 150000, ["start"] = "2027-01-15", ["nonCompete"] = nonCompete };
        if (nonCompete) fields["competitorRadiusKm"] = 50;
        var response = await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = requestType, fields });
        var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Single();
        return (id, PdfText(await DownloadAsync(client, $"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content")));
    }
}
