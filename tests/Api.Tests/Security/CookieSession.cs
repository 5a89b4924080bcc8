using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Security;

// A browser-like session: the sign-in page's form posted with its antiforgery token, cookies kept
// in a container the test can read (to replay a cookie after sign-out, as a thief would).
public sealed partial class CookieSession(HttpClient client, CookieContainer cookies, Uri address) : IDisposable
{
    public HttpClient Client { get; } = client;

    public string CookieHeader => cookies.GetCookieHeader(address);

    public static async Task<CookieSession> SignInAsync(PortalApp app, string email, string? password = null)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        var session = new CookieSession(client, cookies, client.BaseAddress!);
        var posted = await client.PostAsync("/account/sign-in", await session.FormAsync("/account/sign-in", "sign-in", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password ?? (email == PortalApi.Admin ? PortalApi.AdminPassword : PortalApi.DemoPassword),
        }));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"cookie sign-in of {email}: {(int)posted.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        return session;
    }

    // A static page's form, filled in: its handler name and antiforgery token plus the fields.
    public async Task<FormUrlEncodedContent> FormAsync(string page, string handler, Dictionary<string, string> fields)
    {
        var html = await Client.GetStringAsync(page);
        var token = AntiforgeryPattern().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return new FormUrlEncodedContent(fields);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
