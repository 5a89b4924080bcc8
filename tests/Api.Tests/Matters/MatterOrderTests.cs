using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Tests.Matters;

// The matters list in each order it offers, paged by keyset: every matter once, in order, with
// several sharing a moment (the id breaks ties); the team sees the client's and the lawyer's names.
public sealed class MatterOrderTests
{
    [Fact]
    public async Task Every_order_pages_each_matter_once_on_sqlite()
    {
        await using var app = PortalApp.OnSqlite();
        await OrdersAsync(app);
    }

    [PostgresFact]
    public async Task Every_order_pages_each_matter_once_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await OrdersAsync(app);
    }

    static async Task OrdersAsync(PortalApp app)
    {
        using var client = await app.SignedInAsync("client@demo.portal");
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        for (var i = 0; i < 9; i++)
            (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody($"Ordered {i}"))).EnsureSuccessStatusCode();
        // Submitted two by two a minute apart; last touched three by three an hour apart, in the other direction.
        var moments = await app.WithDbAsync(async db =>
        {
            var start = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
            var ids = await db.Set<Matter>().OrderBy(m => m.Title).Select(m => m.Id).ToListAsync();
            for (var i = 0; i < ids.Count; i++)
            {
                var (id, submitted, updated) = (ids[i], start.AddMinutes(i / 2), start.AddHours((ids.Count - i) / 3));
                await db.Set<Matter>().Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SubmittedAt, submitted).SetProperty(m => m.UpdatedAt, updated));
            }
            return await db.Set<Matter>().Select(m => new { m.Id, m.SubmittedAt, m.UpdatedAt }).ToListAsync();
        });

        var newest = await AllAsync(lawyer, "Newest");
        Assert.Equal(moments.Select(m => m.Id).Order(), newest.Select(r => r.Id).Order());
        Assert.Equal(newest.Select(r => r.Submitted).OrderDescending(), newest.Select(r => r.Submitted));
        Assert.Equal(newest, await AllAsync(lawyer, null));

        var oldest = await AllAsync(lawyer, "Oldest");
        Assert.Equal(Enumerable.Reverse(newest), oldest);

        var updated = await AllAsync(lawyer, "RecentlyUpdated");
        Assert.Equal(newest.Select(r => r.Id).Order(), updated.Select(r => r.Id).Order());
        Assert.Equal(updated.Select(r => r.Updated).OrderDescending(), updated.Select(r => r.Updated));
        Assert.NotEqual(newest.Select(r => r.Id), updated.Select(r => r.Id));
        Assert.Equal(Enumerable.Reverse(updated), await AllAsync(lawyer, "LeastRecentlyUpdated"));

        // A client's list keeps to their own matters in every order.
        var theirs = await AllAsync(client, "Oldest");
        Assert.Equal(9, theirs.Count(r => r.Title.StartsWith("Ordered ", StringComparison.Ordinal)));
        Assert.Equal(theirs.Select(r => r.Submitted).Order(), theirs.Select(r => r.Submitted));

        // The team reads who the client is and who holds it.
        var mine = (await (await lawyer.GetAsync("/api/v1/matters?search=Ordered&limit=9")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal(9, mine.GetArrayLength());
        var held = mine[0].GetProperty("id").GetGuid();
        var me = (await (await lawyer.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        (await lawyer.PutAsJsonAsync($"/api/v1/matters/{held}/assignee", new { lawyerId = me })).EnsureSuccessStatusCode();
        var rows = (await (await lawyer.GetAsync("/api/v1/matters?search=Ordered&limit=9")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("Al Noor Trading Co. / شركة النور التجارية", r.GetProperty("clientName").GetString()));
        Assert.Equal(["Layla Haddad"], rows.Select(r => r.GetProperty("assignedLawyerName").GetString()).OfType<string>());

        var unknown = await lawyer.GetAsync("/api/v1/matters?order=Sideways");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    sealed record Row(Guid Id, string Title, DateTimeOffset Submitted, DateTimeOffset Updated);

    static async Task<List<Row>> AllAsync(HttpClient client, string? order)
    {
        var rows = new List<Row>();
        string? cursor = null;
        do
        {
            var query = (order is null ? "" : $"&order={order}") + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await (await client.GetAsync($"/api/v1/matters?limit=2{query}")).JsonAsync(HttpStatusCode.OK);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            rows.AddRange(items.Select(m => new Row(m.GetProperty("id").GetGuid(), m.GetProperty("title").GetString()!,
                m.GetProperty("submittedAt").GetDateTimeOffset(), m.GetProperty("updatedAt").GetDateTimeOffset())));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        return rows;
    }
}
