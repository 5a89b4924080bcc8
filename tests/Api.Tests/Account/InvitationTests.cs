using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Account;

public sealed class InvitationTests
{
    [Fact]
    public async Task An_invited_client_receives_the_email_over_smtp_sets_a_password_and_signs_in()
    {
        await using var smtp = SmtpFixture.StartNew();
        await using var app = PortalApp.OnSqlite(smtp.Settings());
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Gulf Logistics", "Finance");

        var userId = await admin.InvitePortalUserAsync("mona@gulf.example", clientId, language: "ar");
        var email = await smtp.WaitForMessageToAsync("mona@gulf.example");

        Assert.Contains("dir=\"rtl\"", email.HtmlBody);
        Assert.Contains("lang=\"ar\"", email.HtmlBody);
        Assert.Contains("تعيين كلمة المرور", email.TextBody);
        var (link, linkedUser, token) = PortalApi.LinkIn(email);
        Assert.Equal(userId, linkedUser);
        Assert.Equal("/account/accept-invitation", link.AbsolutePath);

        using var anonymous = app.CreateClient();
        var accepted = await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId, token, password = "Mona#Portal2026" });
        await accepted.JsonAsync(HttpStatusCode.NoContent);

        using var mona = await app.SignedInAsync("mona@gulf.example", "Mona#Portal2026");
        var me = await (await mona.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(clientId, me.GetProperty("clientId").GetGuid());
        Assert.Equal("ar", me.GetProperty("language").GetString());
        Assert.Equal("Client", me.GetProperty("roles")[0].GetString());

        var again = await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId, token, password = "Other#Portal2026" });
        var problem = await again.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task An_invitation_link_expires_after_72_hours()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Late Corp");
        var userId = await admin.InvitePortalUserAsync("late@corp.example", clientId);
        var (_, _, token) = PortalApi.LinkIn(await app.WaitForPickupAsync("late@corp.example"));

        app.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId, token, password = "Late#Portal2026" });

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("token", out _));
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "late@corp.example", password = "Late#Portal2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Resending_an_invitation_voids_the_earlier_link_and_revoking_voids_the_newest()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Twice Ltd");
        var userId = await admin.InvitePortalUserAsync("twice@ltd.example", clientId);
        var (_, _, first) = PortalApi.LinkIn(await app.WaitForPickupAsync("twice@ltd.example"));

        await (await admin.PostAsync($"/api/v1/portal-users/{userId}/resend", null)).JsonAsync(HttpStatusCode.NoContent);
        var (_, _, second) = PortalApi.LinkIn(await app.WaitForPickupAsync("twice@ltd.example", skip: 1));
        await (await admin.PostAsync($"/api/v1/portal-users/{userId}/revoke", null)).JsonAsync(HttpStatusCode.NoContent);

        using var anonymous = app.CreateClient();
        foreach (var token in new[] { first, second })
        {
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId, token, password = "Twice#Portal2026" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_team_member_is_invited_the_same_way_and_gets_the_chosen_role()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/team-members",
            new { email = "karim@firm.example", displayName = "Karim Nasser", role = "LegalTeam", language = "en" })).JsonAsync(HttpStatusCode.Created);
        var userId = created.GetProperty("id").GetGuid();
        var (link, _, token) = PortalApi.LinkIn(await app.WaitForPickupAsync("karim@firm.example"));
        Assert.StartsWith("http://localhost/account/accept-invitation", link.ToString());

        using var anonymous = app.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId, token, password = "Karim#Portal2026" }))
            .JsonAsync(HttpStatusCode.NoContent);
        using var karim = await app.SignedInAsync("karim@firm.example", "Karim#Portal2026");
        var me = await (await karim.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("LegalTeam", me.GetProperty("roles")[0].GetString());

        var promoted = await (await admin.PutAsJsonAsync($"/api/v1/team-members/{userId}/role", new { role = "Admin" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Admin", promoted.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Invitations_with_bad_input_answer_400_with_the_fields_to_fix_and_a_known_address_409()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);

        var empty = await (await admin.PostAsJsonAsync("/api/v1/portal-users", new { email = "not an address", language = "fr" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        var errors = empty.GetProperty("errors");
        foreach (var field in new[] { "email", "displayName", "kind", "language" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");

        var unknownClient = await (await admin.PostAsJsonAsync("/api/v1/portal-users",
            new { email = "a@b.example", displayName = "A", kind = "Client", clientId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unknownClient.GetProperty("errors").TryGetProperty("clientId", out _));

        var taken = await admin.PostAsJsonAsync("/api/v1/team-members",
            new { email = "lawyer@demo.portal", displayName = "Again", role = "LegalTeam" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);

        var badRole = await admin.PostAsJsonAsync("/api/v1/team-members", new { email = "x@firm.example", displayName = "X", role = "Client" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);

        using var anonymous = app.CreateClient();
        var garbage = await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { userId = Guid.NewGuid(), token = "%%%", password = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        var missing = await (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("token", out _));
        var notJson = await anonymous.PostAsync("/api/v1/auth/accept-invitation", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }
}
