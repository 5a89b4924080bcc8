using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Admin;

public sealed class AdminAccessTests
{
    static readonly Guid Someone = Guid.NewGuid();

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/v1/team-members" },
        { "POST", "/api/v1/team-members" },
        { "GET", $"/api/v1/team-members/{Someone}" },
        { "PUT", $"/api/v1/team-members/{Someone}/role" },
        { "POST", $"/api/v1/team-members/{Someone}/deactivate" },
        { "POST", $"/api/v1/team-members/{Someone}/resend" },
        { "GET", "/api/v1/clients" },
        { "POST", "/api/v1/clients" },
        { "PUT", $"/api/v1/clients/{Someone}" },
        { "GET", "/api/v1/portal-users" },
        { "POST", "/api/v1/portal-users" },
        { "GET", $"/api/v1/portal-users/{Someone}" },
        { "POST", $"/api/v1/portal-users/{Someone}/resend" },
        { "POST", $"/api/v1/portal-users/{Someone}/revoke" },
        { "POST", $"/api/v1/portal-users/{Someone}/deactivate" },
        { "GET", "/api/v1/signups" },
        { "POST", $"/api/v1/signups/{Someone}/approve" },
        { "POST", $"/api/v1/signups/{Someone}/reject" },
        { "GET", "/api/v1/settings/access" },
        { "PUT", "/api/v1/settings/access" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task A_portal_user_gets_403_on_every_admin_endpoint(string method, string path)
    {
        await using var app = PortalApp.OnSqlite();
        using var client = await app.SignedInAsync("client@demo.portal");
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
            request.Content = JsonContent.Create(new
            {
                email = "x@y.example", displayName = "X", role = "LegalTeam", kind = "Client", name = "X Corp",
                signUpMode = "Disabled", requireTwoFactorForLegalTeam = false,
            });

        var response = await client.SendAsync(request);

        var problem = await response.JsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal("forbidden", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_deactivated_persons_token_stops_working_and_they_cannot_sign_in_again()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = await app.SignedInAsync("client@demo.portal");
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);

        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var id = me.GetProperty("id").GetGuid();
        var deactivated = await (await admin.PostAsync($"/api/v1/portal-users/{id}/deactivate", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Deactivated", deactivated.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        using var anonymous = app.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "client@demo.portal", password = PortalApi.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        await (await admin.PostAsync($"/api/v1/portal-users/{id}/reactivate", null)).JsonAsync(HttpStatusCode.OK);
        using var _ = await app.SignedInAsync("client@demo.portal");
    }

    [Fact]
    public async Task A_lawyer_manages_clients_and_portal_users_but_not_the_legal_team()
    {
        await using var app = PortalApp.OnSqlite();
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync("/api/v1/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync("/api/v1/portal-users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.GetAsync("/api/v1/team-members")).StatusCode);
        var invite = await lawyer.PostAsJsonAsync("/api/v1/team-members", new { email = "new@firm.example", displayName = "New", role = "Admin" });
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
    }

    [Fact]
    public async Task A_client_sees_their_own_organization_and_another_one_is_not_found()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync(PortalApi.Admin);
        var other = await admin.CreateClientAsync("Other Holdings");
        using var client = await app.SignedInAsync("client@demo.portal");
        var mine = (await (await client.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("clientId").GetGuid();

        var own = await (await client.GetAsync($"/api/v1/clients/{mine}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Al Noor Trading Co. / شركة النور التجارية", own.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/clients/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/clients/{Guid.NewGuid()}")).StatusCode);
    }
}
