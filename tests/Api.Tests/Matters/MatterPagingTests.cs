using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Tests.Matters;

// A matter's conversation and history come by page, newest first, so a matter with thousands of
// comments answers as much as one with a few. Rows are seeded straight into the database, many
// sharing a timestamp (the id breaks ties), some internal (a client never gets them).
public sealed class MatterPagingTests
{
    const int Comments = 300;
    const int Steps = 60;

    [Fact]
    public async Task Comments_and_history_come_by_page_each_once_in_order_on_sqlite()
    {
        await using var app = PortalApp.OnSqlite();
        await PagesAsync(app);
    }

    [PostgresFact]
    public async Task Comments_and_history_come_by_page_each_once_in_order_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await PagesAsync(app);
    }

    static async Task PagesAsync(PortalApp app)
    {
        using var client = await app.SignedInAsync("client@demo.portal");
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitAsync(client);
        var seeded = await SeedCommentsAsync(app, id, Comments);
        await SeedHistoryAsync(app, id, Steps);

        var first = await (await lawyer.GetAsync($"/api/v1/matters/{id}/comments?limit=40")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(40, first.GetProperty("items").GetArrayLength());
        Assert.NotNull(first.GetProperty("nextCursor").GetString());
        var defaults = await (await lawyer.GetAsync($"/api/v1/matters/{id}/comments")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(25, defaults.GetProperty("items").GetArrayLength());

        var all = await AllCommentsAsync(lawyer, id, 40);
        Assert.Equal(seeded.Keys.Order(), all.Select(c => c.Id).Order());
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
        Assert.Equal(all.Select(c => c.At).OrderDescending(), all.Select(c => c.At));
        Assert.InRange(all[0].Number, Comments - 3, Comments - 1); // the newest second first

        var theirs = await AllCommentsAsync(client, id, 33);
        Assert.Equal(seeded.Where(s => !s.Value).Select(s => s.Key).Order(), theirs.Select(c => c.Id).Order());

        var bad = await lawyer.GetAsync($"/api/v1/matters/{id}/comments?cursor=not-ours");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var stranger = await app.SignedInAsync("sara@demo.portal");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/matters/{id}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/matters/{id}/history")).StatusCode);

        // The matter carries its newest 20 steps (oldest first) and the cursor to the earlier ones.
        var detail = await (await lawyer.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);
        var newest = detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("sequence").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(Steps + 1 - 19, 20), newest);
        var sequences = new List<int>(Enumerable.Reverse(newest));
        var cursor = detail.GetProperty("historyCursor").GetString();
        while (cursor is not null)
        {
            var page = await (await lawyer.GetAsync($"/api/v1/matters/{id}/history?limit=15&cursor={Uri.EscapeDataString(cursor)}"))
                .JsonAsync(HttpStatusCode.OK);
            sequences.AddRange(page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("sequence").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        Assert.Equal(Enumerable.Range(1, Steps + 1).Reverse(), sequences);
        var top = await (await client.GetAsync($"/api/v1/matters/{id}/history?limit=5")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([61, 60, 59, 58, 57], top.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("sequence").GetInt32()));
    }

    sealed record Seen(Guid Id, DateTimeOffset At, int Number);

    static async Task<List<Seen>> AllCommentsAsync(HttpClient client, Guid id, int limit)
    {
        var seen = new List<Seen>();
        string? cursor = null;
        do
        {
            var query = cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}";
            var page = await (await client.GetAsync($"/api/v1/matters/{id}/comments?limit={limit}{query}")).JsonAsync(HttpStatusCode.OK);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, limit);
            seen.AddRange(items.Select(c => new Seen(c.GetProperty("id").GetGuid(), c.GetProperty("createdAt").GetDateTimeOffset(),
                int.Parse(c.GetProperty("body").GetString()!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return seen;
    }

    static async Task<Guid> SubmitAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Long conversation"));
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    // Comment i is "Comment i"; three share each second; every tenth is an internal note.
    internal static Task<Dictionary<Guid, bool>> SeedCommentsAsync(PortalApp app, Guid matterId, int count) => app.WithDbAsync(async db =>
    {
        var lawyer = await db.Users.SingleAsync(u => u.Email == "lawyer@demo.portal");
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var seeded = new Dictionary<Guid, bool>();
        for (var i = 0; i < count; i++)
        {
            var isInternal = i % 10 == 0;
            var comment = new MatterComment(Guid.NewGuid(), matterId, lawyer.Id, "Layla Hassan", true, $"Comment {i}", isInternal, false,
                start.AddSeconds(i / 3));
            db.Add(comment);
            seeded[comment.Id] = isInternal;
        }
        await db.SaveChangesAsync();
        return seeded;
    });

    // Copies of the matter's first step with the next sequence numbers (the engine writes them one at a time).
    internal static Task SeedHistoryAsync(PortalApp app, Guid matterId, int count) => app.WithDbAsync(async db =>
    {
        var instance = await db.Set<Matter>().Where(m => m.Id == matterId).Select(m => m.WorkflowInstanceId).SingleAsync();
        var start = await db.Set<WorkflowHistoryEntry>().AsNoTracking().SingleAsync(h => h.InstanceId == instance);
        for (var i = 0; i < count; i++)
        {
            var values = db.Entry(start).CurrentValues.Clone();
            values[nameof(WorkflowHistoryEntry.Id)] = Guid.NewGuid();
            values[nameof(WorkflowHistoryEntry.Sequence)] = start.Sequence + 1 + i;
            values[nameof(WorkflowHistoryEntry.Comment)] = $"Step {i}";
            values[nameof(WorkflowHistoryEntry.At)] = start.At.AddMinutes(i + 1);
            var entry = db.Entry((WorkflowHistoryEntry)Activator.CreateInstance(typeof(WorkflowHistoryEntry), nonPublic: true)!);
            entry.CurrentValues.SetValues(values);
            entry.State = EntityState.Added;
        }
        await db.SaveChangesAsync();
        return 0;
    });
}
