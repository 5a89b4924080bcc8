using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Deadlines;

namespace WorkflowPortal.Api.Tests.Matters;

// The default litigation workflow reminds the lawyer 3 working days before the next hearing while
// the case is before the court: recording a hearing schedules it, adjourning moves it. A contract
// workflow, which has no hearings, cannot count from one.
public sealed class HearingDeadlineTests : IAsyncLifetime
{
    static readonly Guid LitigationCase = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0002");
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    static async Task FireAsync(HttpClient lawyer, Guid matter, string trigger, Dictionary<string, string>? fields = null)
    {
        var response = await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions", new { trigger, fields });
        Assert.True(response.IsSuccessStatusCode, $"{trigger}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    static async Task<JsonElement[]> DeadlinesAsync(HttpClient lawyer, Guid matter) =>
        [.. (await (await lawyer.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK)).GetProperty("upcoming").EnumerateArray()];

    // Three working days before the hearing's day starts, by the firm's calendar.
    DateTimeOffset ThreeWorkingDaysBefore(DateTimeOffset hearing)
    {
        var calendar = _app.Services.GetRequiredService<IWorkingCalendarSource>().Current;
        var local = TimeZoneInfo.ConvertTime(hearing, calendar.Zone).DateTime.Date;
        var start = new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
        return calendar.Subtract(start, IsoDuration.Parse("P3D")!, business: true).ToUniversalTime();
    }

    [Fact]
    public async Task Recording_and_adjourning_a_hearing_schedules_and_moves_the_lawyers_reminder()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = (await (await client.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = LitigationCase,
            fields = new Dictionary<string, object> { ["subject"] = "Unpaid invoices", ["details"] = "Three invoices unpaid.", ["opponent"] = "Desert Trading", ["claimAmount"] = 90000 },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var lawyerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "lawyer@demo.portal").Select(u => u.Id).SingleAsync());
        await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/assignee", new { lawyerId })).JsonAsync(HttpStatusCode.OK);

        // A hearing recorded before the claim is filed waits for the state that counts from it.
        var now = _app.Clock.GetUtcNow();
        var first = now.AddDays(20);
        var hearing = (await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/hearings", new { at = first, court = "Commercial Court", visibleToClient = true }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Empty(await DeadlinesAsync(lawyer, id));

        await FireAsync(lawyer, id, "StartAssessment");
        await FireAsync(lawyer, id, "AcceptCase");
        await FireAsync(lawyer, id, "FileClaim", new() { ["caseNumber"] = "2026/1234", ["court"] = "Commercial Court", ["hearingDate"] = first.ToString("yyyy-MM-dd") });
        var scheduled = Assert.Single(await DeadlinesAsync(lawyer, id));
        Assert.Equal(ThreeWorkingDaysBefore(first), scheduled.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(["AssignedLawyer"], scheduled.GetProperty("remind").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("hearing papers", scheduled.GetProperty("reason").GetProperty("en").GetString());

        // Adjourned by two weeks: the reminder follows.
        var adjourned = first.AddDays(14);
        await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/hearings/{hearing}", new { at = adjourned, court = "Commercial Court", visibleToClient = true }))
            .JsonAsync(HttpStatusCode.OK);
        var moved = Assert.Single(await DeadlinesAsync(lawyer, id));
        Assert.Equal(ThreeWorkingDaysBefore(adjourned), moved.GetProperty("dueAt").GetDateTimeOffset());

        // An earlier session announced on another hearing becomes the next one.
        var earlier = now.AddDays(10);
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/hearings", new { at = earlier, court = "Commercial Court", visibleToClient = false }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(ThreeWorkingDaysBefore(earlier), Assert.Single(await DeadlinesAsync(lawyer, id)).GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_contract_workflow_cannot_count_from_the_next_hearing_and_says_so_in_both_languages()
    {
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var published = await (await admin.GetAsync("/api/v1/workflow-definitions/contract-request")).JsonAsync(HttpStatusCode.OK);
        var definition = JsonNode.Parse(published.GetProperty("published").GetProperty("definition").GetRawText())!;
        var state = definition["states"]!.AsArray().First(s => s!["final"]?.GetValue<bool>() != true)!;
        state["deadlines"] = new JsonArray(new JsonObject
        {
            ["field"] = "$nextHearing", ["before"] = "P3D", ["remind"] = new JsonArray("AssignedLawyer"),
            ["comment"] = new JsonObject { ["en"] = "Prepare", ["ar"] = "استعد" },
        });

        var draft = await admin.PutAsync("/api/v1/workflow-definitions/contract-request/draft",
            new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var publish = await admin.PostAsync("/api/v1/workflow-definitions/contract-request/publish", null);
        var problem = await publish.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        var element = $"states[{state["name"]!.GetValue<string>()}].deadlines[0].field";
        Assert.Contains($"{element}: contracts have no hearings", problem);
        Assert.Contains($"{element}: لا جلسات في العقود", problem);
    }
}
