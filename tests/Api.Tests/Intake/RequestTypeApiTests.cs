using System.Net;
using System.Net.Http.Json;
using System.Text;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Intake;

public sealed class RequestTypeApiTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static object NewType(Guid categoryId, string labelAr = "الموضوع", string audience = "AllClients", Guid[]? audienceIds = null) => new
    {
        categoryId,
        name = new { en = "Trademark filing", ar = "تسجيل علامة تجارية" },
        description = new { en = "Register a trademark.", ar = "سجّل علامة تجارية." },
        creates = "Matter",
        workflowKey = "consultation-request",
        audience,
        audienceIds = audienceIds ?? [],
        fields = new[] { new { key = "subject", type = "Text", label = new { en = "Subject", ar = labelAr }, required = true, order = 1 } },
    };

    async Task<Guid> FirstCategoryAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<CategoryRow>>("/api/v1/request-categories"))![0].Id;

    sealed record CategoryRow(Guid Id);

    [Fact]
    public async Task A_client_sees_the_demo_request_types_grouped_by_category()
    {
        var client = await _app.SignedInAsync("client@demo.portal");

        var catalog = await (await client.GetAsync("/api/v1/request-types")).JsonAsync();

        var groups = catalog.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(["Advice", "Litigation", "Contracts"], groups.Select(g => g.GetProperty("category").GetProperty("name").GetProperty("en").GetString()));
        var consultation = groups[0].GetProperty("types")[0];
        Assert.Equal("طلب استشارة", consultation.GetProperty("name").GetProperty("ar").GetString());
        Assert.Equal("SingleChoice", consultation.GetProperty("fields")[2].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Search_narrows_the_catalog()
    {
        var client = await _app.SignedInAsync("client@demo.portal");

        var catalog = await (await client.GetAsync("/api/v1/request-types?search=مراجعة")).JsonAsync();

        var type = Assert.Single(catalog.GetProperty("categories").EnumerateArray().SelectMany(g => g.GetProperty("types").EnumerateArray()));
        Assert.Equal("Review my contract", type.GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_client_cannot_define_a_request_type()
    {
        var client = await _app.SignedInAsync("client@demo.portal");

        var response = await client.PostAsJsonAsync("/api/v1/request-types", NewType(await FirstCategoryAsync(client)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_field_label_without_arabic_is_refused_field_by_field()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");

        var response = await admin.PostAsJsonAsync("/api/v1/request-types", NewType(await FirstCategoryAsync(admin), labelAr: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("fields[0].label", out _));
    }

    [Fact]
    public async Task A_type_for_another_organization_is_invisible_and_answers_404()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var created = await admin.PostAsJsonAsync("/api/v1/request-types",
            NewType(await FirstCategoryAsync(admin), audience: "Organizations", audienceIds: [Guid.NewGuid()]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        var client = await _app.SignedInAsync("client@demo.portal");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/request-types/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await client.GetStringAsync("/api/v1/request-types"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/request-types/{id}")).StatusCode);
    }

    [Fact]
    public async Task Saving_over_someone_else_change_is_a_conflict()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var created = await (await admin.PostAsJsonAsync("/api/v1/request-types", NewType(await FirstCategoryAsync(admin)))).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var revision = created.GetProperty("revision").GetInt32();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(NewType(created.GetProperty("categoryId").GetGuid()))!;
        body["revision"] = revision;

        var first = await admin.PutAsJsonAsync($"/api/v1/request-types/{id}", body);
        var second = await admin.PutAsJsonAsync($"/api/v1/request-types/{id}", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_ids_are_clean_problems()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");

        var malformed = await admin.PostAsync("/api/v1/request-types", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var unknown = await admin.GetAsync($"/api/v1/request-types/{Guid.NewGuid()}");
        var notAGuid = await admin.GetAsync("/api/v1/request-types/not-a-guid");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/request-types")).StatusCode);
    }
}
