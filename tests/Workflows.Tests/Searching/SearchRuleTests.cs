using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Tests.Hosting;

namespace WorkflowPortal.Workflows.Tests.Searching;

// One search rule, the same cases, both databases: matters and clients are searched through the
// same folded column (contracts and people share it: SearchColumns.Matching).
public sealed class SearchRuleTests
{
    static readonly Actor Lawyer = new(Guid.NewGuid(), "lawyer", new HashSet<string> { "LegalTeam" }, null, null, "en");

    public static TheoryData<string, string> Cases => new()
    {
        { "unpaid", "Unpaid invoice from Gulf Trading" },
        { "UNPAID INVOICE", "Unpaid invoice from Gulf Trading" },
        { "cafe", "Lease of the Café Royal" },
        { "احمد", "مطالبة أحمد بالأجرة" },
        { "مطالبه", "مطالبة أحمد بالأجرة" },
        { "ابراهيم", "عقد إيجار إبراهيم" },
        { "عَقْد إيـجار", "عقد إيجار إبراهيم" },
        { "mat-0042", "Lease of the Café Royal" },
    };

    static readonly string[] Titles = ["Unpaid invoice from Gulf Trading", "Lease of the Café Royal", "مطالبة أحمد بالأجرة", "عقد إيجار إبراهيم"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_term_finds_its_matter_and_client_on_sqlite(string term, string title)
    {
        await using var database = await TestDatabase.SqliteAsync();
        await AssertFindsAsync(database, term, title);
    }

    [PostgresTheory]
    [MemberData(nameof(Cases))]
    public async Task A_term_finds_its_matter_and_client_on_postgres(string term, string title)
    {
        await using var database = await TestDatabase.PostgresAsync();
        await AssertFindsAsync(database, term, title);
    }

    static async Task AssertFindsAsync(TestDatabase database, string term, string title)
    {
        await SeedAsync(database);
        await using var db = database.Open();

        var matters = (await new MatterQueries(db).ListAsync(Lawyer, new MatterFilter(Search: term), null, 10, default)).Value;
        Assert.Equal([title], matters.Items.Select(m => m.Title));

        var clients = (await new ClientDirectory(db, TimeProvider.System).ListAsync(new PageQuery(Search: term), Lawyer, default)).Value;
        if (term.StartsWith("mat-", StringComparison.Ordinal)) Assert.Empty(clients.Items);
        else Assert.Equal([title], clients.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task Rows_written_before_the_search_column_are_found_once_backfilled_on_sqlite()
    {
        await using var database = await TestDatabase.SqliteAsync();
        await AssertBackfilledAsync(database);
    }

    [PostgresFact]
    public async Task Rows_written_before_the_search_column_are_found_once_backfilled_on_postgres()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await AssertBackfilledAsync(database);
    }

    // As the Scale_KeysetAndSearch migration left them: every SearchText "".
    static async Task AssertBackfilledAsync(TestDatabase database)
    {
        await SeedAsync(database);
        await using (var db = database.Open())
        {
            await db.Set<Matter>().ExecuteUpdateAsync(s => s.SetProperty(m => EF.Property<string>(m, SearchText.Column), ""));
            await db.Set<ClientOrganization>().ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<string>(c, SearchText.Column), ""));
            Assert.Empty((await new MatterQueries(db).ListAsync(Lawyer, new MatterFilter(Search: "احمد"), null, 10, default)).Value.Items);
            // Only the start that applies the backfill migration does the work.
            Assert.Equal(0, await SearchBackfill.AfterMigratingAsync(db, ["20261127201022_Initial"], default));
            Assert.Equal(8, await SearchBackfill.AfterMigratingAsync(db, ["20261202170000" + SearchBackfill.Migration], default));
        }
        await using var read = database.Open();
        var matters = (await new MatterQueries(read).ListAsync(Lawyer, new MatterFilter(Search: "احمد"), null, 10, default)).Value;
        Assert.Equal(["مطالبة أحمد بالأجرة"], matters.Items.Select(m => m.Title));
        var clients = (await new ClientDirectory(read, TimeProvider.System).ListAsync(new PageQuery(Search: "CAFE"), Lawyer, default)).Value;
        Assert.Equal(["Lease of the Café Royal"], clients.Items.Select(c => c.Name));
    }

    static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var category = new RequestCategory(Guid.NewGuid(), new("Advice", "استشارات"), 1);
        var type = new RequestType(Guid.NewGuid(), new RequestTypeSpec(category.Id, new("Consultation", "استشارة"), new("d", "و"), null,
            RequestKind.Matter, "consultation-request", null, Priority.Normal, null, Audience.AllClients, [], true, 48, []), DateTimeOffset.UnixEpoch);
        db.AddRange(category, type);
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Titles.Length; i++)
        {
            db.Add(new Matter(Guid.NewGuid(), $"MAT-{41 + i:D4}", type, Guid.NewGuid(), null, null, Titles[i], new SubmittedForm([]), Guid.NewGuid(), true, at.AddMinutes(i)));
            db.Add(ClientOrganization.Create(Titles[i], ClientKind.Company, at));
        }
        await db.SaveChangesAsync();
    }
}
