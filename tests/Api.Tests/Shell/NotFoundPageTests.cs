using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Api.Tests.Security;

namespace WorkflowPortal.Api.Tests.Shell;

// A page for something that does not exist, or that belongs to another organization, answers HTTP
// 404 like the API (not 200 with a "not found" text): matters, contracts, request forms, the designer's
// migration and instance pages. (/designer/{key} for a new key is the editor of a new workflow.)
public sealed class NotFoundPageTests
{
    [Fact]
    public async Task Pages_for_a_missing_or_another_clients_record_answer_404()
    {
        await using var app = PortalApp.OnSqlite();
        using var sara = await app.SignedInAsync("sara@demo.portal");
        var theirs = (await (await sara.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var theirContract = await Contracts.ContractApi.SubmitRequestAsync(sara);
        using var client = await CookieSession.SignInAsync(app, "client@demo.portal");
        using var lawyer = await CookieSession.SignInAsync(app, "lawyer@demo.portal");
        using var admin = await CookieSession.SignInAsync(app, PortalApi.Admin);
        var missing = Guid.NewGuid();

        var pages = new (CookieSession Who, string Path)[]
        {
            (client, $"/portal/matters/{missing}"),
            (client, $"/portal/matters/{theirs}"),
            (client, $"/contracts/{missing}"),
            (client, $"/contracts/{theirContract}"),
            (client, $"/portal/requests/{missing}"),
            (client, $"/contracts/templates/{missing}"),
            (lawyer, $"/team/matters/{missing}"),
            (lawyer, $"/team/matters/{missing}/preview"),
            (admin, "/designer/no-such-workflow/migrate"),
            (admin, $"/designer/instances/{missing}"),
        };
        var wrong = new List<string>();
        foreach (var (who, path) in pages)
        {
            using var response = await who.Client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{path}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The same pages are there for what exists and is yours.
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/designer/consultation-request")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Client.GetAsync($"/portal/requests/{MatterFlowTests.Consultation}")).StatusCode);
    }
}
