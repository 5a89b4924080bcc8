using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WorkflowPortal.Api.Tests.Hosting;

// An HttpClient signed in through the public login endpoint, exactly as an API user would.
public static class ApiSession
{
    public const string DemoPassword = "Demo#Portal2026";
    public const string AdminPassword = "Admin#Portal2026";

    public static async Task<HttpClient> SignInAsync(this PortalApp app, string email, string? password = null)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = password ?? (email.StartsWith("admin@") ? AdminPassword : DemoPassword) });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
