using System.Net;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Operations;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_lists_the_api_endpoints_and_the_reference_page_is_served()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/auth/login", paths);
        Assert.Contains("/api/v1/me", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar")).StatusCode);
    }
}
