using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Matters;

// While a matter waits on its requester, the lawyer may remind them: the requester hears the open
// question again, in their language, by email and in the portal; the history says who reminded;
// once a day at most; never for a client, never for a matter that is not waiting on the requester.
public sealed class RequesterReminderTests : IAsyncLifetime
{
    const string Question = "Please send the employment contract and the last three payslips.";

    readonly SmtpFixture _smtp = SmtpFixture.StartNew();
    PortalApp _app = default!;

    public Task InitializeAsync()
    {
        _app = PortalApp.OnSqlite(_smtp.Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task The_requester_hears_the_question_again_in_their_language_and_the_history_names_the_lawyer()
    {
        var client = await _app.SignedInAsync("sara@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var (id, reference) = await WaitingOnRequesterAsync(client, lawyer);

        var sent = await (await lawyer.PostAsync($"/api/v1/matters/{id}/reminders", null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(sent.GetProperty("nextAllowedAt").GetDateTimeOffset() > sent.GetProperty("at").GetDateTimeOffset());

        // Sara reads Arabic: the subject names the reference (isolated) and the body carries the question.
        var email = await _smtp.WaitForMessageAsync(m => m.To.ToString().Contains("sara@demo.portal") && (m.Subject ?? "").Contains("تذكير"));
        Assert.Contains(reference, email.Subject);
        Assert.Contains(Question, email.TextBody);
        var inbox = await (await client.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n =>
            n.GetProperty("title").GetString()!.StartsWith("تذكير") && n.GetProperty("body").GetString()!.Contains(Question));

        var matter = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        var last = matter.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("RemindRequester", last.GetProperty("trigger").GetString());
        Assert.Contains("reminded the requester", last.GetProperty("reason").GetProperty("en").GetString());
        Assert.StartsWith("ذكّر", last.GetProperty("reason").GetProperty("ar").GetString());
        // The matter still waits on the requester, in the same state: a reminder moves nothing.
        Assert.Equal("NeedsInformation", matter.GetProperty("status").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_second_reminder_the_same_day_is_refused_and_the_next_day_it_goes_out()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var (id, _) = await WaitingOnRequesterAsync(client, lawyer);

        (await lawyer.PostAsync($"/api/v1/matters/{id}/reminders", null)).EnsureSuccessStatusCode();
        var again = await (await lawyer.PostAsync($"/api/v1/matters/{id}/reminders", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("reminded-recently", again.GetProperty("code").GetString());

        _app.Clock.Advance(TimeSpan.FromHours(25));
        // A day later the sign-ins have expired as well.
        lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        client = await _app.SignedInAsync("client@demo.portal");
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PostAsync($"/api/v1/matters/{id}/reminders", null)).StatusCode);
        var history = (await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("history");
        Assert.Equal(2, history.EnumerateArray().Count(h => h.GetProperty("trigger").GetString() == "RemindRequester"));
    }

    [Fact]
    public async Task A_client_cannot_remind_and_a_matter_not_waiting_on_the_requester_is_refused()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var (waiting, _) = await WaitingOnRequesterAsync(client, lawyer);
        var fresh = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/matters/{waiting}/reminders", null)).StatusCode);
        var notWaiting = await (await lawyer.PostAsync($"/api/v1/matters/{fresh}/reminders", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("not-waiting-on-requester", notWaiting.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer.PostAsync($"/api/v1/matters/{Guid.NewGuid()}/reminders", null)).StatusCode);
    }

    [Fact]
    public async Task The_lawyer_takes_the_question_back_the_matter_returns_to_review_and_the_client_is_told()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var (id, _) = await WaitingOnRequesterAsync(client, lawyer);
        static IEnumerable<string?> Triggers(System.Text.Json.JsonElement matter) =>
            matter.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString());
        var seen = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("TakeBackQuestion", Triggers(seen));
        var unread = (await (await client.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength();

        // While it waits on the client the lawyer still has something to do: remind, or take the question back.
        var waiting = await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("TakeBackQuestion", Triggers(waiting));
        var back = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions",
            new { trigger = "TakeBackQuestion", comment = "Found the contract in the file." })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("UnderReview", back.GetProperty("status").GetProperty("state").GetString());
        var after = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("UnderReview", after.GetProperty("status").GetProperty("state").GetString());
        Assert.DoesNotContain("ProvideInformation", Triggers(after));
        Assert.Empty(after.GetProperty("upcoming").EnumerateArray());
        var inbox = await (await client.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.True(inbox.GetProperty("items").GetArrayLength() > unread, "the client hears that the question was taken back");
        var refused = await (await lawyer.PostAsync($"/api/v1/matters/{id}/reminders", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("not-waiting-on-requester", refused.GetProperty("code").GetString());
    }

    static async Task<(Guid Id, string Reference)> WaitingOnRequesterAsync(HttpClient client, HttpClient lawyer)
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var asked = await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "RequestInformation", comment = Question });
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        return (id, created.GetProperty("reference").GetString()!);
    }
}
