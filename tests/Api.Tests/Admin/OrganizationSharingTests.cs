using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Workflows.Demo;

namespace WorkflowPortal.Api.Tests.Admin;

// Omar and Sara work for the same client organization. Each sees only their own requests until
// the legal team turns on sharing for the organization; then each sees (never acts on) the
// other's; turning it off hides them again at once.
public sealed class OrganizationSharingTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Colleagues_see_each_others_requests_only_while_the_organization_shares_them_and_never_act_on_them()
    {
        var omar = await _app.SignedInAsync("client@demo.portal");
        var sara = await _app.SignedInAsync("sara@demo.portal");
        var admin = await _app.SignedInAsync(PortalApi.Admin);
        var matter = (await (await omar.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Omar's own question")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contract = await ContractApi.SubmitRequestAsync(omar, "Omar's distribution agreement");

        var organization = (await (await admin.GetAsync("/api/v1/clients")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == DemoAccounts.ClientName);
        Assert.False(organization.GetProperty("sharesRequests").GetBoolean());
        await AssertHiddenAsync(sara, matter, contract);

        async Task ShareAsync(bool on)
        {
            var saved = await (await admin.PutAsJsonAsync($"/api/v1/clients/{organization.GetProperty("id").GetGuid()}",
                new { name = DemoAccounts.ClientName, kind = "Company", sharesRequests = on })).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(on, saved.GetProperty("sharesRequests").GetBoolean());
        }

        await ShareAsync(true);
        var seen = await (await sara.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Omar's own question", seen.GetProperty("title").GetString());
        Assert.Contains((await (await sara.GetAsync("/api/v1/matters")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            m => m.GetProperty("id").GetGuid() == matter);
        await (await sara.GetAsync($"/api/v1/contracts/{contract}")).JsonAsync(HttpStatusCode.OK);
        // Seeing is not acting: only the requester withdraws.
        Assert.Equal(HttpStatusCode.Forbidden, (await sara.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions", new { trigger = "Withdraw" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sara.PostAsJsonAsync($"/api/v1/contracts/{contract}/transitions", new { trigger = "Withdraw" })).StatusCode);
        Assert.Equal("Received", (await (await omar.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetProperty("state").GetString());

        // An organization is not shared by another one's switch.
        var otherClient = await admin.CreateClientAsync("Other Holding");
        var other = (await (await admin.GetAsync($"/api/v1/clients/{otherClient}")).JsonAsync(HttpStatusCode.OK));
        Assert.False(other.GetProperty("sharesRequests").GetBoolean());

        await ShareAsync(false);
        await AssertHiddenAsync(sara, matter, contract);
    }

    static async Task AssertHiddenAsync(HttpClient sara, Guid matter, Guid contract)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await sara.GetAsync($"/api/v1/matters/{matter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sara.GetAsync($"/api/v1/contracts/{contract}")).StatusCode);
        Assert.DoesNotContain((await (await sara.GetAsync("/api/v1/matters")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            m => m.GetProperty("id").GetGuid() == matter);
    }
}
