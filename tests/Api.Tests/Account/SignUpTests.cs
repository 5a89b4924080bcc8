using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Account;

public sealed class SignUpTests
{
    [Fact]
    public async Task Sign_up_is_refused_while_the_policy_is_disabled()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "solo@self.example", displayName = "Solo", password = "Solo#Portal2026", language = "en" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task With_auto_approval_a_person_confirms_their_email_and_becomes_an_individual_client()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Account:SignUp"] = "AutoApprove" });
        using var client = app.CreateClient();
        var signUp = await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "solo@self.example", displayName = "Salem Solo", password = "Solo#Portal2026", language = "ar" });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);

        var before = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "solo@self.example", password = "Solo#Portal2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);

        var email = await app.WaitForPickupAsync("solo@self.example");
        Assert.Contains("dir=\"rtl\"", email.HtmlBody);
        var (link, userId, token) = PortalApi.LinkIn(email);
        Assert.Equal("/account/confirm-email", link.AbsolutePath);
        var confirmed = await (await client.PostAsJsonAsync("/api/v1/auth/confirm-email", new { userId, token })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Admitted", confirmed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/auth/confirm-email", new { userId, token })).StatusCode);

        using var solo = await app.SignedInAsync("solo@self.example", "Solo#Portal2026");
        var me = await (await solo.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
        var clientId = me.GetProperty("clientId").GetGuid();
        var organization = await (await solo.GetAsync($"/api/v1/clients/{clientId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Individual", organization.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task With_approval_required_the_person_waits_until_the_legal_team_links_them_to_an_organization()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Account:SignUp"] = "RequiresApproval" });
        using var client = app.CreateClient();
        await (await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "wait@self.example", displayName = "Wafa Waiting", password = "Wait#Portal2026" })).JsonAsync(HttpStatusCode.Accepted);
        var (_, userId, token) = PortalApi.LinkIn(await app.WaitForPickupAsync("wait@self.example"));
        var confirmed = await (await client.PostAsJsonAsync("/api/v1/auth/confirm-email", new { userId, token })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("AwaitingApproval", confirmed.GetProperty("status").GetString());

        var waiting = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "wait@self.example", password = "Wait#Portal2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, waiting.StatusCode);

        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var bell = await (await admin.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("Wafa Waiting", bell.GetProperty("items")[0].GetProperty("title").GetString());
        var pending = await (await admin.GetAsync("/api/v1/signups")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(userId, pending.GetProperty("items")[0].GetProperty("id").GetGuid());

        var company = await admin.CreateClientAsync("Waiting Room LLC", "Legal");
        var approved = await (await admin.PostAsJsonAsync($"/api/v1/signups/{userId}/approve", new { clientId = company, kind = "Collaborator" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", approved.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/signups/{userId}/reject", null)).StatusCode);

        using var wafa = await app.SignedInAsync("wait@self.example", "Wait#Portal2026");
        var me = await (await wafa.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(company, me.GetProperty("clientId").GetGuid());
        Assert.Equal("Collaborator", me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Sign_up_rejects_bad_input_and_does_not_reveal_a_known_address()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Account:SignUp"] = "AutoApprove" });
        using var client = app.CreateClient();
        var bad = await (await client.PostAsJsonAsync("/api/v1/auth/signup", new { email = "x", password = "short" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("email", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("displayName", out _));
        var weak = await (await client.PostAsJsonAsync("/api/v1/auth/signup", new { email = "w@x.example", displayName = "W", password = "short" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));

        var known = await client.PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "client@demo.portal", displayName = "Impostor", password = "Impostor#2026x" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        using var omar = await app.SignedInAsync("client@demo.portal");
    }
}
