using System.Net;
using System.Net.Http.Json;
using System.Web;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Account;

public sealed class SignInTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_only_the_right_password_says_until_when()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "client@demo.portal", password = "wrong password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // The fifth locks the account, but a wrong password never tells a real account from an unknown one.
        var fifth = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "client@demo.portal", password = "wrong password" });
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "client@demo.portal", password = PortalApi.DemoPassword });
        var problem = await right.JsonAsync(HttpStatusCode.Locked);
        Assert.Contains("locked", problem.GetProperty("title").GetString());
        Assert.Contains("until", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_with_the_emailed_link_once_and_the_old_password_stops_working()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();

        var unknown = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "nobody@nowhere.example" });
        var known = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "sara@demo.portal" });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);

        var email = await app.WaitForPickupAsync("sara@demo.portal");
        Assert.Contains("dir=\"rtl\"", email.HtmlBody);
        var (link, userId, token) = PortalApi.LinkIn(email);
        Assert.Equal("/account/reset-password", link.AbsolutePath);

        var reset = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, password = "Sara#NewPass2026" });
        await reset.JsonAsync(HttpStatusCode.NoContent);
        var twice = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, password = "Sara#Other2026" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var old = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "sara@demo.portal", password = PortalApi.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var _ = await app.SignedInAsync("sara@demo.portal", "Sara#NewPass2026");
    }

    [Fact]
    public async Task Reset_and_forgot_password_reject_bad_input_with_field_errors()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();
        var badEmail = await (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "nope" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badEmail.GetProperty("errors").TryGetProperty("email", out _));
        var empty = await (await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("userId", out _));
        var forged = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { userId = Guid.NewGuid(), token = "abc", password = "Whatever#2026" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_person_enrolls_in_two_factor_and_then_signs_in_only_with_a_code_or_a_recovery_code()
    {
        await using var app = PortalApp.OnSqlite();
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var setup = await (await lawyer.PostAsync("/api/v1/me/two-factor/setup", null)).JsonAsync(HttpStatusCode.OK);
        var secret = HttpUtility.ParseQueryString(new Uri(setup.GetProperty("authenticatorUri").GetString()!).Query)["secret"]!;

        var wrong = await lawyer.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await (await lawyer.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = Totp.Code(secret) })).JsonAsync(HttpStatusCode.OK);
        var recovery = enabled.GetProperty("codes")[0].GetString();

        using var client = app.CreateClient();
        var withoutCode = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "lawyer@demo.portal", password = PortalApi.DemoPassword }))
            .JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("two_factor_required", withoutCode.GetProperty("code").GetString());
        var badCode = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "lawyer@demo.portal", password = PortalApi.DemoPassword, twoFactorCode = "000000" });
        Assert.Equal(HttpStatusCode.Unauthorized, badCode.StatusCode);
        using var _ = await app.SignedInAsync("lawyer@demo.portal", code: Totp.Code(secret));

        var withRecovery = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "lawyer@demo.portal", password = PortalApi.DemoPassword, twoFactorRecoveryCode = recovery });
        Assert.Equal(HttpStatusCode.OK, withRecovery.StatusCode);
        var reused = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "lawyer@demo.portal", password = PortalApi.DemoPassword, twoFactorRecoveryCode = recovery });
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [Fact]
    public async Task When_an_administrator_requires_two_factor_a_lawyer_without_it_cannot_get_a_token()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        await (await admin.PutAsJsonAsync("/api/v1/settings/access", new { signUpMode = "Disabled", requireTwoFactorForLegalTeam = true }))
            .JsonAsync(HttpStatusCode.OK);

        using var client = app.CreateClient();
        var lawyer = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "lawyer@demo.portal", password = PortalApi.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, lawyer.StatusCode);
        using var _ = await app.SignedInAsync("client@demo.portal");
    }
}
