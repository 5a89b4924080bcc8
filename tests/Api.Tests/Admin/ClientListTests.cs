using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Admin;

public sealed class ClientListTests
{
    [Fact]
    public async Task Clients_page_with_a_cursor_and_filter_by_search()
    {
        await using var app = PortalApp.OnSqlite();
        await PagesAndSearchesAsync(app);
    }

    [PostgresFact]
    public async Task On_postgres_clients_page_with_a_cursor_and_filter_by_search()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await PagesAndSearchesAsync(app);
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var people = await (await admin.GetAsync("/api/v1/portal-users?limit=2")).JsonAsync(HttpStatusCode.OK);
        var next = people.GetProperty("nextCursor").GetString()!;
        var rest = await (await admin.GetAsync($"/api/v1/portal-users?limit=2&cursor={Uri.EscapeDataString(next)}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, rest.GetProperty("items").GetArrayLength());
        Assert.Equal("sara@demo.portal", rest.GetProperty("items")[0].GetProperty("email").GetString());
    }

    static async Task PagesAndSearchesAsync(PortalApp app)
    {
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        foreach (var name in new[] { "Alpha Co", "Beta Co", "Gamma Co", "Delta Partners" })
            await admin.CreateClientAsync(name);

        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await admin.GetAsync($"/api/v1/clients?limit=2&cursor={Uri.EscapeDataString(cursor ?? "")}")).JsonAsync(HttpStatusCode.OK);
            names.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(5, names.Count); // four new ones and the demo company
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);

        var found = await (await admin.GetAsync("/api/v1/clients?search=co")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Client_endpoints_answer_400_for_bad_input_404_for_unknown_ids_and_409_for_a_taken_name()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);

        var invalid = await (await admin.PostAsJsonAsync("/api/v1/clients", new { name = " ", kind = "Planet" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/clients?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/clients?limit=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/clients?cursor=%%%")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/clients/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/clients/not-a-guid")).StatusCode);
        var update = await admin.PutAsJsonAsync($"/api/v1/clients/{Guid.NewGuid()}", new { name = "Ghost", kind = "Company" });
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);

        await admin.CreateClientAsync("Unique Name");
        var taken = await admin.PostAsJsonAsync("/api/v1/clients", new { name = "unique name", kind = "Individual" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/portal-users/{Guid.NewGuid()}/resend", null)).StatusCode);
    }
}
