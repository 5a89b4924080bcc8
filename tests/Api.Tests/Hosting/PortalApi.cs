using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using MimeKit;
using WorkflowPortal.Workflows.Demo;

namespace WorkflowPortal.Api.Tests.Hosting;

// Small helpers for talking to the API as a given person, and for reading the links we email.
public static partial class PortalApi
{
    public const string Admin = SeedOptions.DefaultAdminEmail;
    public const string AdminPassword = SeedOptions.DefaultAdminPassword;
    public const string DemoPassword = SeedOptions.DemoPassword;

    public static async Task<HttpClient> SignedInAsync(this PortalApp app, string email, string? password = null, string? code = null)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = password ?? (email == Admin ? AdminPassword : DemoPassword), twoFactorCode = code });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // The body as JSON, whatever the status (for tests that assert the status themselves).
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreateClientAsync(this HttpClient admin, string name, params string[] departments)
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/clients", new { name, kind = "Company", departments }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> InvitePortalUserAsync(this HttpClient admin, string email, Guid clientId, string language = "en", string kind = "Client")
    {
        var invited = await (await admin.PostAsJsonAsync("/api/v1/portal-users",
            new { email, displayName = "Invited Person", clientId, kind, language })).JsonAsync(HttpStatusCode.Created);
        return invited.GetProperty("id").GetGuid();
    }

    // The link in the plain-text part: {PublicUrl}/account/...?userId=…&token=…
    public static (Uri Link, Guid UserId, string Token) LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "the email carries no portal link:\n" + message.TextBody);
        var link = new Uri(match.Value);
        var query = HttpUtility.ParseQueryString(link.Query);
        return (link, Guid.Parse(query["userId"]!), query["token"]!);
    }

    // The first email to this person that matches, e.g. by the reference in its subject.
    public static async Task<MimeMessage> WaitForPickupAsync(this PortalApp app, string to, Func<MimeMessage, bool> match)
    {
        var folder = Path.Combine(app.StorageRoot, "mail");
        for (var i = 0; i < 600; i++)
        {
            if (Directory.Exists(folder)
                && Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == to) && match(m)) is { } found)
                return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No matching email for {to} in {folder}.");
    }

    // Emails written by Pickup mode under <Storage:Root>/mail.
    public static async Task<MimeMessage> WaitForPickupAsync(this PortalApp app, string to, int skip = 0)
    {
        var folder = Path.Combine(app.StorageRoot, "mail");
        for (var i = 0; i < 200; i++)
        {
            if (Directory.Exists(folder))
            {
                var mine = Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(b => b.Address == to)).Skip(skip).FirstOrDefault();
                if (mine is not null) return mine;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No email for {to} in {folder}.");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/account/[a-z-]+\?userId=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
