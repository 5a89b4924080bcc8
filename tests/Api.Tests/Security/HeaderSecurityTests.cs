using System.Net;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Security;

public sealed class HeaderSecurityApp : IAsyncDisposable
{
    public PortalApp App { get; } = PortalApp.OnSqlite();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class HeaderSecurityTests(HeaderSecurityApp fixture) : IClassFixture<HeaderSecurityApp>
{
    readonly PortalApp _app = fixture.App;

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/api/v1/request-types")]
    [InlineData("/health")]
    public async Task Every_response_carries_nosniff_a_framing_ban_a_csp_and_a_same_origin_referrer_policy(string path)
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        var response = await client.GetAsync(path);
        // Blazor's own endpoint may repeat a header: what counts is that it is there.
        Assert.Contains("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
    }

    [Fact]
    public async Task Authenticated_api_answers_are_never_cached()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        var me = await client.GetAsync("/api/v1/me");
        Assert.True(me.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on /api/v1/me");
    }

    [Fact]
    public async Task A_cross_origin_post_with_the_session_cookie_is_refused_and_bearer_calls_are_not()
    {
        using var session = await CookieSession.SignInAsync(_app, "sara@demo.portal");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out");
        forged.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(forged)).StatusCode);
        using var sneaky = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read-all");
        sneaky.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(sneaky)).StatusCode);
        using var masked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read-all");
        masked.Headers.Add("Origin", "null");
        masked.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(masked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/api/v1/me")).StatusCode);

        using var bearer = await _app.SignedInAsync("client@demo.portal");
        using var fromElsewhere = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read-all");
        fromElsewhere.Headers.Add("Origin", "https://tools.example");
        Assert.NotEqual(HttpStatusCode.Forbidden, (await bearer.SendAsync(fromElsewhere)).StatusCode);
    }
}
