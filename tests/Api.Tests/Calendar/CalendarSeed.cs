using System.Net;
using System.Net.Http.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Calendar;

// A hearing and a key date the client may see, a few days ahead, so that the calendar page the
// sweeps visit has days and entries to lay out.
public static class CalendarSeed
{
    public static async Task<Guid> AddDatesAsync(PortalApp app, HttpClient lawyer, Guid matter, string court, string keyDate)
    {
        var now = app.Clock.GetUtcNow();
        var hearing = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/hearings",
            new { at = now.AddDays(3), court, visibleToClient = true })).JsonAsync(HttpStatusCode.Created);
        await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/dates",
            new { title = keyDate, date = DateOnly.FromDateTime(now.UtcDateTime.AddDays(5)).ToString("yyyy-MM-dd"), visibleToClient = true }))
            .JsonAsync(HttpStatusCode.Created);
        return hearing.GetProperty("id").GetGuid();
    }
}
