using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Tests.Hosting;

namespace WorkflowPortal.Workflows.Tests.Matters;

// A page deep in the list is one statement served by an index, and returns exactly the rows after
// the cursor in the list's order (many matters share a timestamp, so the id breaks ties).
public sealed class MatterPlanTests
{
    static readonly Actor Lawyer = new(Guid.NewGuid(), "lawyer", new HashSet<string> { "LegalTeam" }, null, null, "en");
    const int Count = 400;

    [Fact]
    public async Task A_deep_page_is_the_rows_after_the_cursor_in_one_statement_on_sqlite()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await AssertDeepPageAsync(database);
    }

    [PostgresFact]
    public async Task A_deep_page_is_the_rows_after_the_cursor_in_one_statement_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await AssertDeepPageAsync(database);
    }

    static async Task AssertDeepPageAsync(TestDatabase database)
    {
        await SeedAsync(database);
        await using var db = database.Open();
        var order = await db.Set<Matter>().AsNoTracking().OrderByDescending(m => m.SubmittedAt).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.SubmittedAt }).ToListAsync();

        foreach (var depth in new[] { 0, 150, 350 })
        {
            var captured = new CapturedCommands();
            await using var paging = database.Open(captured);
            var cursor = new Cursor(order[depth].SubmittedAt, order[depth].Id).Encode();
            var page = (await new MatterQueries(paging).ListAsync(Lawyer, new MatterFilter(), cursor, 25, default)).Value;

            Assert.Equal(order.Skip(depth + 1).Take(25).Select(m => m.Id), page.Items.Select(m => m.Id));
            Assert.Single(captured.Commands);
        }
    }

    // With sequential scans priced out, PostgreSQL still picks one when no index can serve the
    // query, so a missing index fails these; a Sort node means the index does not give the order.
    [PostgresFact]
    public async Task Deep_pages_and_searches_are_served_by_indexes_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await SeedAsync(database);
        var captured = new CapturedCommands();
        await using (var db = database.Open(captured))
        {
            var queries = new MatterQueries(db);
            var first = (await queries.ListAsync(Lawyer, new MatterFilter(), null, 25, default)).Value;
            await queries.ListAsync(Lawyer, new MatterFilter(), first.NextCursor, 25, default);
            await queries.ListAsync(Lawyer, new MatterFilter(Status: "Submitted"), first.NextCursor, 25, default);
            await queries.ListAsync(Lawyer, new MatterFilter(Search: "question 17"), null, 25, default);
        }

        var deep = await ExplainAsync(database, captured.Commands[1], "SET enable_seqscan = off");
        Assert.DoesNotContain("Seq Scan", deep);
        Assert.DoesNotContain("Sort", deep);
        Assert.Contains("IX_Matters_SubmittedAt_Id", deep);
        Assert.Contains("Index Cond: (ROW(", deep); // the cursor bounds the index range, it does not filter rows

        var status = await ExplainAsync(database, captured.Commands[2], "SET enable_seqscan = off");
        Assert.DoesNotContain("Seq Scan", status);
        Assert.DoesNotContain("Sort", status);

        // Index scans off too: what remains is a bitmap scan, which only the trigram index can give.
        var search = await ExplainAsync(database, captured.Commands[3], "SET enable_seqscan = off; SET enable_indexscan = off");
        Assert.Contains("IX_Matters_SearchText", search);
    }

    // The planner's own choice, nothing priced out: with a few thousand analysed rows a deep page and
    // a client's deep page are index ranges. (A search reads a table this small faster than its
    // trigram index; bench/Scale shows the index serving it at a million rows.)
    [PostgresFact]
    public async Task At_default_settings_deep_pages_never_scan_the_matters_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        var client = Guid.NewGuid();
        await SeedAsync(database, 4000, client);
        var captured = new CapturedCommands();
        await using (var db = database.Open(captured))
        {
            var queries = new MatterQueries(db);
            var order = await db.Set<Matter>().AsNoTracking().OrderByDescending(m => m.SubmittedAt).ThenByDescending(m => m.Id)
                .Select(m => new { m.Id, m.SubmittedAt }).ToListAsync();
            var deep = new Cursor(order[3000].SubmittedAt, order[3000].Id).Encode();
            await queries.ListAsync(Lawyer, new MatterFilter(), deep, 25, default);
            var mine = await db.Set<Matter>().AsNoTracking().Where(m => m.ClientId == client).OrderByDescending(m => m.SubmittedAt)
                .ThenByDescending(m => m.Id).Skip(150).Select(m => new { m.Id, m.SubmittedAt }).FirstAsync();
            await queries.ListAsync(Lawyer, new MatterFilter(ClientId: client), new Cursor(mine.SubmittedAt, mine.Id).Encode(), 25, default);
        }

        var page = await ExplainAsync(database, captured.Commands[1], "RESET ALL");
        Assert.DoesNotContain("Seq Scan on \"Matters\"", page); // a tiny table joined for a name may be read whole
        Assert.Contains("IX_Matters_SubmittedAt_Id", page);
        Assert.Contains("Index Cond: (ROW(", page);
        var clients = await ExplainAsync(database, captured.Commands[2], "RESET ALL");
        Assert.DoesNotContain("Seq Scan on \"Matters\"", clients);
        Assert.Contains("IX_Matters_ClientId_SubmittedAt_Id", clients);
    }

    static async Task<string> ExplainAsync(TestDatabase database, CapturedCommands.Command command, string settings)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(settings, connection)) await set.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + command.Text, connection);
        foreach (var p in command.Parameters.Cast<NpgsqlParameter>()) explain.Parameters.Add(p.Clone());
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join('\n', plan);
    }

    static Task SeedAsync(TestDatabase database) => SeedAsync(database, Count, null);

    // Every fourth matter belongs to `client` when given.
    static async Task SeedAsync(TestDatabase database, int count, Guid? client)
    {
        await using var db = database.Open();
        var category = new RequestCategory(Guid.NewGuid(), new("Advice", "استشارات"), 1);
        var type = new RequestType(Guid.NewGuid(), new RequestTypeSpec(category.Id, new("Consultation", "استشارة"), new("d", "و"), null,
            RequestKind.Matter, "consultation-request", null, Priority.Normal, null, Audience.AllClients, [], true, 48, []), DateTimeOffset.UnixEpoch);
        db.AddRange(category, type);
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
            db.Add(new Matter(Guid.NewGuid(), $"MAT-{i:D5}", type, Guid.NewGuid(), i % 4 == 0 ? client : null, null, $"Question {i}", new SubmittedForm([]),
                Guid.NewGuid(), true, start.AddMinutes(i / 4)));
        await db.SaveChangesAsync();
        if (database.IsPostgres) await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
