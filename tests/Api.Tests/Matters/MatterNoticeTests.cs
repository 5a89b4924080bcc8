using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Matters;

public sealed class MatterNoticeTests
{
    [Fact]
    public async Task A_submission_emails_the_legal_team_and_confirms_to_the_requester_with_the_details()
    {
        await using var smtp = SmtpFixture.StartNew();
        await using var app = PortalApp.OnSqlite(smtp.Settings());
        var client = await app.SignedInAsync("client@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");

        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created);
        var reference = submitted.GetProperty("reference").GetString()!;

        var toTeam = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains("lawyer@demo.portal"));
        var confirmation = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains("client@demo.portal"));
        Assert.Contains(reference, toTeam.Subject);
        Assert.Contains(reference, confirmation.Subject);
        Assert.Contains("Unpaid salary", confirmation.TextBody);
        Assert.Contains("Area of law: \u2068Labour\u2069", confirmation.TextBody);

        var inbox = await (await lawyer.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains(reference));
    }

    [Fact]
    public async Task Comments_notify_the_other_side_and_internal_notes_notify_nobody()
    {
        await using var app = PortalApp.OnSqlite();
        var client = await app.SignedInAsync("client@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var id = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        async Task<int> CountAsync(HttpClient who, string text) =>
            (await (await who.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                .Count(n => n.GetProperty("body").GetString()!.Contains(text));

        await client.PostAsync($"/api/v1/matters/{id}/comments", new MultipartFormDataContent { { new StringContent("Any news?"), "body" } });
        await lawyer.PostAsync($"/api/v1/matters/{id}/comments", new MultipartFormDataContent { { new StringContent("Working on it."), "body" } });
        await lawyer.PostAsync($"/api/v1/matters/{id}/comments", new MultipartFormDataContent
            { { new StringContent("Client is difficult."), "body" }, { new StringContent("true"), "internal" } });

        Assert.Equal(1, await CountAsync(lawyer, "Any news?"));
        Assert.Equal(1, await CountAsync(client, "Working on it."));
        Assert.Equal(0, await CountAsync(client, "difficult"));
        Assert.Equal(0, await CountAsync(lawyer, "difficult"));
    }
}
