using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Security;

// Small limits set for these tests only (PortalApp makes them generous everywhere else).
public sealed class RateLimitSecurityTests
{
    [Fact]
    public async Task Sign_in_from_one_address_answers_429_with_retry_after_once_the_burst_is_spent()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:SignIn:PermitLimit"] = "3" });
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"a{i}@x.example", password = "x" })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "client@demo.portal", password = PortalApi.DemoPassword });
        var problem = await refused.JsonAsync((HttpStatusCode)429);
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
    }

    [Fact]
    public async Task The_sign_in_page_over_its_limit_answers_429_in_the_persons_language()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:SignIn:PermitLimit"] = "2" });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
            last = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@y.z" }));
        Assert.Equal((HttpStatusCode)429, last.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
        var html = await last.Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("محاولات كثيرة جدًا", html);
    }

    [Fact]
    public async Task Forgot_password_sends_at_most_the_configured_emails_to_one_address()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:ForgotPasswordPerAccount:PermitLimit"] = "2" });
        using var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "client@demo.portal" })).StatusCode);
        var third = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "Client@Demo.Portal" });
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
        // Another address is not affected, known or not.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "nobody@nowhere.example" })).StatusCode);
    }

    [Fact]
    public async Task Comments_uploads_and_submissions_share_one_allowance_per_person_and_answer_429_with_retry_after()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:Writes:PermitLimit"] = "3", ["RateLimits:Writes:Window"] = "00:10:00" });
        using var client = await app.SignedInAsync("client@demo.portal");
        using var other = await app.SignedInAsync("sara@demo.portal");
        var submitted = await client.PostAsJsonAsync("/api/v1/requests", Matters.MatterFlowTests.ConsultationBody());
        var matter = (await submitted.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/matters/{matter}/comments", new { body = "first" })).JsonAsync(HttpStatusCode.Created);
        using var file = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n")), "file", "a.pdf" } };
        await (await client.PostAsync($"/api/v1/matters/{matter}/attachments", file)).JsonAsync(HttpStatusCode.Created);

        var refused = await client.PostAsJsonAsync($"/api/v1/matters/{matter}/comments", new { body = "fourth" });
        var problem = await refused.JsonAsync((HttpStatusCode)429);
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.True(problem.GetProperty("retryAfter").GetInt32() > 0);
        Assert.Equal((HttpStatusCode)429, (await client.PostAsJsonAsync("/api/v1/requests", Matters.MatterFlowTests.ConsultationBody())).StatusCode);
        var comments = await (await client.GetAsync($"/api/v1/matters/{matter}/comments")).JsonAsync();
        Assert.Equal(["first"], comments.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("body").GetString()));
        // Another person's allowance is their own.
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/requests", Matters.MatterFlowTests.ConsultationBody())).StatusCode);
    }
}
