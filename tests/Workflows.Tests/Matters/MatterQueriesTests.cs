using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Tests.Hosting;

namespace WorkflowPortal.Workflows.Tests.Matters;

public sealed class MatterQueriesTests
{
    static readonly Guid Omar = Guid.NewGuid();
    static readonly Guid Huda = Guid.NewGuid();
    static readonly Guid AlNoor = Guid.NewGuid();

    static Actor Client(Guid id, bool shares = false) => new(id, "client", new HashSet<string> { "Client" }, AlNoor, null, "en", shares);
    static readonly Actor Lawyer = new(Guid.NewGuid(), "lawyer", new HashSet<string> { "LegalTeam" }, null, null, "en");

    // 30 matters by Omar and 5 by Huda, same organization, several sharing one timestamp.
    static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var category = new RequestCategory(Guid.NewGuid(), new("Advice", "استشارات"), 1);
        var type = new RequestType(Guid.NewGuid(), new RequestTypeSpec(category.Id, new("Consultation", "استشارة"), new("d", "و"), null,
            RequestKind.Matter, "consultation-request", null, Priority.Normal, null, Audience.AllClients, [], true, 48, []), DateTimeOffset.UnixEpoch);
        db.AddRange(category, type);
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 35; i++)
        {
            var requester = i < 30 ? Omar : Huda;
            var at = start.AddMinutes(i / 3); // three matters per minute: ties on the time
            db.Add(new Matter(Guid.NewGuid(), $"MAT-{i:D4}", type, requester, AlNoor, null, $"Question {i}", new SubmittedForm([]), Guid.NewGuid(), true, at));
        }
        await db.SaveChangesAsync();
    }

    static async Task<List<MatterSummary>> ReadAllPagesAsync(TestDatabase database, Actor actor, MatterFilter filter)
    {
        var all = new List<MatterSummary>();
        string? cursor = null;
        do
        {
            await using var db = database.Open();
            var page = (await new MatterQueries(db).ListAsync(actor, filter, cursor, 7, default)).Value;
            Assert.True(page.Items.Count <= 7);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return all;
    }

    [Fact]
    public async Task Pages_visit_every_visible_matter_once_newest_first_on_sqlite()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await AssertPagingAndVisibilityAsync(database);
    }

    [PostgresFact]
    public async Task Pages_visit_every_visible_matter_once_newest_first_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await AssertPagingAndVisibilityAsync(database);
    }

    static async Task AssertPagingAndVisibilityAsync(TestDatabase database)
    {
        await SeedAsync(database);

        var omars = await ReadAllPagesAsync(database, Client(Omar), new MatterFilter());
        Assert.Equal(30, omars.Count);
        Assert.Equal(30, omars.Select(m => m.Id).Distinct().Count());
        Assert.All(omars, m => Assert.Equal(Omar, m.RequesterId));
        Assert.Equal(omars.OrderByDescending(m => m.SubmittedAt).Select(m => m.SubmittedAt), omars.Select(m => m.SubmittedAt));

        Assert.Equal(35, (await ReadAllPagesAsync(database, Client(Huda, shares: true), new MatterFilter())).Count);
        Assert.Equal(5, (await ReadAllPagesAsync(database, Client(Huda), new MatterFilter())).Count);
        Assert.Equal(35, (await ReadAllPagesAsync(database, Lawyer, new MatterFilter())).Count);

        var search = await ReadAllPagesAsync(database, Lawyer, new MatterFilter(Search: "Question 3"));
        Assert.Equal(["Question 3", "Question 30", "Question 31", "Question 32", "Question 33", "Question 34"], search.Select(m => m.Title).Order());
        Assert.Equal("Question 3", search[^1].Title); // the oldest of them comes last
    }

    [Fact]
    public async Task A_cursor_we_did_not_issue_is_a_clear_error()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await using var db = database.Open();

        var result = await new MatterQueries(db).ListAsync(Lawyer, new MatterFilter(), "bm90LWEtY3Vyc29y", 10, default);

        Assert.False(result.IsSuccess);
        Assert.True(result.Error.Fields!.ContainsKey("cursor"));
    }
}
