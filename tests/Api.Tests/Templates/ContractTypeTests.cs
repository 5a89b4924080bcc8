using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.People;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Templates;

// Contract types in the studio, who a template is offered to, and the studio's messages in Arabic.
public sealed class ContractTypeTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_legal_team_lists_creates_edits_and_retires_contract_types_per_category_and_a_client_gets_404()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var client = await _app.SignedInAsync("client@demo.portal");
        var category = await CategoryAsync(lawyer);

        var created = await (await lawyer.PostAsJsonAsync("/api/v1/studio/contract-types", new
        {
            name = new { en = "Lease", ar = "عقد إيجار" }, categoryId = category, milestonesVisibleByDefault = true,
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(category, created.GetProperty("categoryId").GetGuid());
        Assert.Contains((await GetAsync(lawyer, $"/api/v1/studio/contract-types?categoryId={category}")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await GetAsync(lawyer, $"/api/v1/studio/contract-types?categoryId={Guid.NewGuid()}")).EnumerateArray(),
            t => t.GetProperty("id").GetGuid() == id);

        var edited = await (await lawyer.PutAsJsonAsync($"/api/v1/studio/contract-types/{id}", new
        {
            name = new { en = "Commercial lease", ar = "عقد إيجار تجاري" }, categoryId = category, revision = created.GetProperty("revision").GetInt32(),
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("عقد إيجار تجاري", edited.GetProperty("name").GetProperty("ar").GetString());
        var stale = await lawyer.PutAsJsonAsync($"/api/v1/studio/contract-types/{id}", new { name = new { en = "X", ar = "س" }, revision = created.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var duplicate = await (await lawyer.PostAsJsonAsync("/api/v1/studio/contract-types", new { name = new { en = "commercial lease ", ar = "آخر" } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("already has this name", duplicate.GetProperty("errors").GetProperty("name")[0].GetString());

        var retired = await (await lawyer.PostAsync($"/api/v1/studio/contract-types/{id}/retire", null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(retired.GetProperty("isRetired").GetBoolean());
        Assert.DoesNotContain((await GetAsync(lawyer, "/api/v1/studio/contract-types")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.Contains((await GetAsync(lawyer, "/api/v1/studio/contract-types?includeRetired=true")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/studio/contract-types")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/studio/contract-types/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/studio/contract-types", new { name = new { en = "A", ar = "أ" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/studio/contract-types/{id}",
            new { name = new { en = "A", ar = "أ" }, revision = retired.GetProperty("revision").GetInt32() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/studio/contract-types/{id}/retire", null)).StatusCode);
    }

    [Fact]
    public async Task A_template_for_chosen_organisations_is_offered_only_to_them_and_a_retired_contract_type_offers_none()
    {
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var client = await _app.SignedInAsync("client@demo.portal");
        var other = await admin.CreateClientAsync("Gulf Shipping / الخليج للشحن");
        var type = (await (await lawyer.PostAsJsonAsync("/api/v1/studio/contract-types", new { name = new { en = "Agency", ar = "عقد وكالة تجارية" } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var requestType = await RequestTypeAsync(admin);

        var template = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, type, "Organizations", [other])))
            .JsonAsync(HttpStatusCode.Created);
        var id = template.GetProperty("id").GetGuid();
        var published = await (await lawyer.PostAsJsonAsync($"/api/v1/studio/templates/{id}/publish", new { revision = template.GetProperty("revision").GetInt32() }))
            .JsonAsync(HttpStatusCode.OK);
        // Al Noor is not among the chosen organisations: neither listed nor generated.
        Assert.DoesNotContain((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await GenerateAsync(client, requestType)).StatusCode);

        var everyone = await (await lawyer.PutAsJsonAsync($"/api/v1/studio/templates/{id}",
            Template(requestType, type, "AllClients", [], published.GetProperty("revision").GetInt32()))).JsonAsync(HttpStatusCode.OK);
        await (await lawyer.PostAsJsonAsync($"/api/v1/studio/templates/{id}/publish", new { revision = everyone.GetProperty("revision").GetInt32() }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Contains((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        var generated = (await (await GenerateAsync(client, requestType)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await lawyer.PostAsync($"/api/v1/studio/contract-types/{type}/retire", null)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await GenerateAsync(client, requestType)).StatusCode);
        // A new template cannot be filed under the retired type.
        var refused = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(await RequestTypeAsync(admin), type, "AllClients", [])))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("contractTypeId", out _));
        // Nor can a hand-made contract be filed under it; a contract already filed there keeps it when edited.
        var handMade = await SubmitRequestAsync(client, "Agency for the Eastern Province");
        var moved = await (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{handMade}/particulars", new { title = "Agency", contractTypeId = type, parties = Array.Empty<object>() }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(moved.GetProperty("errors").TryGetProperty("contractTypeId", out _));
        await (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{generated}/particulars", new { title = "Agency, renamed", contractTypeId = type, parties = Array.Empty<object>() }))
            .JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_400_of_the_studio_names_the_element_in_arabic_for_an_arabic_speaking_lawyer()
    {
        await _app.WithDbAsync(async db =>
        {
            var user = await db.Set<PortalUser>().SingleAsync(u => u.Email == "lawyer@demo.portal");
            user.Language = "ar";
            return await db.SaveChangesAsync();
        });
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var requestType = await RequestTypeAsync(admin);

        var broken = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", new
        {
            requestTypeId = requestType, name = new { en = "Agency", ar = "" }, bodyEn = "# T\n\n{% if x %}\nNo end", bodyAr = "# ع",
            fields = new object[] { new { key = "Bad Key", type = "Text", label = new { en = "A", ar = "" }, order = 1 } },
        })).JsonAsync(HttpStatusCode.BadRequest);
        var errors = broken.GetProperty("errors");
        Assert.Equal("القالب غير صالح.", broken.GetProperty("title").GetString());
        Assert.Equal("الاسم مطلوب بالإنجليزية والعربية.", errors.GetProperty("name")[0].GetString());
        Assert.Contains("المفتاح «Bad Key»", errors.GetProperty("fields[0].key")[0].GetString());
        Assert.Equal("التسمية مطلوبة بالإنجليزية والعربية.", errors.GetProperty("fields[0].label")[0].GetString());

        var syntax = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, null, "AllClients", [], body: "# T\n\nText\n\n{% if nonCompete %}\nNo end")))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("السطر 6: صيغة القالب غير صحيحة", syntax.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        var unknown = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, null, "AllClients", [], body: "# T\n\nPaid to {{ payee }}.")))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("السطر 3: المتغير «payee» غير معروف: ليس من إجابات الاستبيان.", unknown.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        var clause = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, null, "AllClients", [], body: "# T\n\n{% clause \"warranty\" %}")))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("السطر 3: البند «warranty» غير موجود في مكتبة البنود.", clause.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        var audience = await (await lawyer.PostAsJsonAsync("/api/v1/studio/templates", Template(requestType, null, "Organizations", [])))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("اختر جهة واحدة على الأقل.", audience.GetProperty("errors").GetProperty("audienceIds")[0].GetString());

        var badClause = await (await lawyer.PostAsJsonAsync("/api/v1/studio/clauses", new { key = "9x", name = new { en = "A", ar = "أ" }, bodyEn = "{{ x ", bodyAr = "" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("يبدأ المفتاح", badClause.GetProperty("errors").GetProperty("key")[0].GetString());
        Assert.StartsWith("السطر 1:", badClause.GetProperty("errors").GetProperty("bodyEn")[0].GetString());
        Assert.Equal("نص البند مطلوب باللغتين.", badClause.GetProperty("errors").GetProperty("bodyAr")[0].GetString());

        var type = await (await lawyer.PostAsJsonAsync("/api/v1/studio/contract-types", new { name = new { en = "", ar = "" }, categoryId = Guid.NewGuid() }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("نوع العقد غير صالح.", type.GetProperty("title").GetString());
        Assert.Equal("اختر فئة طلبات موجودة.", type.GetProperty("errors").GetProperty("categoryId")[0].GetString());
        var noRevision = await (await lawyer.PostAsJsonAsync($"/api/v1/studio/templates/{Guid.NewGuid()}/publish", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("أرسل رقم مراجعة القالب الذي تنشره.", noRevision.GetProperty("errors").GetProperty("revision")[0].GetString());
    }

    static async Task<Guid> CategoryAsync(HttpClient lawyer) =>
        (await GetAsync(lawyer, $"/api/v1/request-types/{TemplateType}")).GetProperty("categoryId").GetGuid();

    static async Task<Guid> RequestTypeAsync(HttpClient admin)
    {
        var demo = await GetAsync(admin, $"/api/v1/request-types/{TemplateType}");
        var created = await (await admin.PostAsJsonAsync("/api/v1/request-types", new
        {
            categoryId = demo.GetProperty("categoryId").GetGuid(),
            name = new { en = "Agency agreement " + Guid.NewGuid().ToString("N")[..6], ar = "اتفاقية وكالة" },
            description = new { en = "Generate an agency agreement.", ar = "أنشئ اتفاقية وكالة." },
            creates = "ContractFromTemplate",
            workflowKey = "contract-from-template",
            fields = Array.Empty<object>(),
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    static object Template(Guid requestType, Guid? contractType, string audience, Guid[] audienceIds, int? revision = null, string? body = null) => new
    {
        requestTypeId = requestType,
        contractTypeId = contractType,
        name = new { en = "Agency agreement", ar = "اتفاقية وكالة" },
        bodyEn = body ?? "# Agency Agreement\n\nThe Agent **{{ agent }}** acts for the Principal.",
        bodyAr = "# اتفاقية وكالة\n\nيعمل الوكيل **{{ agent }}** لحساب الموكل.",
        fields = new object[] { new { key = "agent", type = "Text", label = new { en = "Agent", ar = "الوكيل" }, required = true, order = 1 } },
        audience,
        audienceIds,
        revision,
    };

    static Task<HttpResponseMessage> GenerateAsync(HttpClient client, Guid requestType) =>
        client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = requestType, fields = new Dictionary<string, object> { ["agent"] = "Horizon Agents" } });

}
