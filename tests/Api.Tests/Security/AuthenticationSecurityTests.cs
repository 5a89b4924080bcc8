using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Security;

public sealed class AuthenticationSecurityApp : IAsyncDisposable
{
    public PortalApp App { get; } = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Account:SignUp"] = "AutoApprove" });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

// What a penetration test tries first against sign-in. Each test uses its own demo account.
public sealed class AuthenticationSecurityTests(AuthenticationSecurityApp fixture) : IClassFixture<AuthenticationSecurityApp>
{
    readonly PortalApp _app = fixture.App;

    [Fact]
    public async Task Wrong_second_factors_and_recovery_codes_through_the_api_lock_the_account()
    {
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var secret = await EnableTwoFactorAsync(lawyer);
        using var client = _app.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Login(client, "lawyer@demo.portal", PortalApi.DemoPassword, twoFactorCode: "000000")).StatusCode);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Login(client, "lawyer@demo.portal", PortalApi.DemoPassword, recovery: "WRONG-CODE")).StatusCode);

        // The fifth wrong factor locks the account: even the right code is refused now.
        Assert.Equal(HttpStatusCode.Locked, (await Login(client, "lawyer@demo.portal", PortalApi.DemoPassword, twoFactorCode: "000001")).StatusCode);
        Assert.Equal(HttpStatusCode.Locked, (await Login(client, "lawyer@demo.portal", PortalApi.DemoPassword, twoFactorCode: Totp.Code(secret))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_answers_the_same_for_unknown_existing_locked_and_deactivated_accounts()
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 5; i++) await Login(client, "collaborator@demo.portal", "wrong password");
        using var admin = await _app.SignedInAsync(PortalApi.Admin);
        await DeactivateAsync(admin, "sara@demo.portal");

        var answers = new List<string>();
        foreach (var email in new[] { "nobody@nowhere.example", "client@demo.portal", "collaborator@demo.portal", "sara@demo.portal" })
        {
            var response = await Login(client, email, "Wrong#Password1");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            answers.Add(WithoutTrace(await response.JsonAsync()));
        }
        Assert.Single(answers.Distinct());

        // Only the right password reveals the lockout or the deactivation.
        Assert.Equal(HttpStatusCode.Locked, (await Login(client, "collaborator@demo.portal", PortalApi.DemoPassword)).StatusCode);
        var inactive = await (await Login(client, "sara@demo.portal", PortalApi.DemoPassword)).JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("not_allowed", inactive.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sign_up_and_forgot_password_answer_the_same_for_known_and_new_addresses()
    {
        using var client = _app.CreateClient();
        var known = await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "client@demo.portal", displayName = "Someone", password = "Strong#Pass2026", language = "en" });
        var fresh = await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "fresh.person@example.com", displayName = "Someone", password = "Strong#Pass2026", language = "en" });
        Assert.Equal(fresh.StatusCode, known.StatusCode);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());

        var unknown = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "nobody@nowhere.example" });
        var existing = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "client@demo.portal" });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(existing.StatusCode, unknown.StatusCode);
        Assert.Equal(await existing.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task New_recovery_codes_and_turning_two_factor_off_need_the_password_or_a_current_code()
    {
        using var admin = await _app.SignedInAsync(PortalApi.Admin);
        var secret = await EnableTwoFactorAsync(admin);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/me/two-factor/recovery-codes", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/me/two-factor/recovery-codes", new { password = "Wrong#Password1" })).StatusCode);
        var codes = await (await admin.PostAsJsonAsync("/api/v1/me/two-factor/recovery-codes", new { password = PortalApi.AdminPassword }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, codes.GetProperty("codes").GetArrayLength());

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = "000000" })).StatusCode);
        await (await admin.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = Totp.Code(secret) })).JsonAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_old_cookie_stops_working_at_once()
    {
        using var session = await CookieSession.SignInAsync(_app, "client@demo.portal");
        var stolen = session.CookieHeader;
        var signedOut = await session.Client.PostAsync("/account/sign-out", null);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var thief = _app.CreateClient();
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        replay.Headers.Add("Cookie", stolen);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.SendAsync(replay)).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_persons_cookie_stops_at_once()
    {
        await using var app = PortalApp.OnSqlite();
        using var session = await CookieSession.SignInAsync(app, "collaborator@demo.portal");
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        await DeactivateAsync(admin, "collaborator@demo.portal");
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Bearer_logout_revokes_the_token_and_no_refresh_token_is_issued()
    {
        using var client = _app.CreateClient();
        var login = await (await Login(client, "client@demo.portal", PortalApi.DemoPassword)).JsonAsync(HttpStatusCode.OK);
        Assert.False(login.TryGetProperty("refreshToken", out _));
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.False((await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "x" })).IsSuccessStatusCode);
    }

    static Task<HttpResponseMessage> Login(HttpClient client, string email, string password, string? twoFactorCode = null, string? recovery = null) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode, twoFactorRecoveryCode = recovery });

    static async Task<string> EnableTwoFactorAsync(HttpClient person)
    {
        var setup = await (await person.PostAsync("/api/v1/me/two-factor/setup", null)).JsonAsync(HttpStatusCode.OK);
        var secret = HttpUtility.ParseQueryString(new Uri(setup.GetProperty("authenticatorUri").GetString()!).Query)["secret"]!;
        await (await person.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = Totp.Code(secret) })).JsonAsync(HttpStatusCode.OK);
        return secret;
    }

    static async Task DeactivateAsync(HttpClient admin, string email)
    {
        var people = await (await admin.GetAsync($"/api/v1/portal-users?search={Uri.EscapeDataString(email)}")).JsonAsync(HttpStatusCode.OK);
        var id = people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/portal-users/{id}/deactivate", null)).JsonAsync(HttpStatusCode.OK);
    }

    static string WithoutTrace(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(p => p.Name != "traceId").ToDictionary(p => p.Name, p => p.Value));
}
