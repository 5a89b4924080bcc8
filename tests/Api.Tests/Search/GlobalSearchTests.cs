using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Api.Calendar;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Tests.Search;

// GET /api/v1/search: one box over what each person may open. Every test searches words of its own
// (a fresh token), so the tests share one app.
public sealed class GlobalSearchTests(KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    PortalApp App => host.App;

    static string Token() => "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Folding_finds_arabic_letter_forms_and_ignores_case()
    {
        var token = Token();
        var client = await App.SignedInAsync("client@demo.portal");
        var arabic = await SubmitAsync(client, $"نزاع احمد {token}");
        var english = await SubmitAsync(client, $"Unpaid {token} invoices");

        var byHamza = await SearchAsync(client, $"أحمد {token}");
        Assert.Equal([arabic], Ids(byHamza, "matters"));
        var lower = await SearchAsync(client, $"unpaid {token}");
        Assert.Equal([english], Ids(lower, "matters"));
        Assert.Equal(1, lower.GetProperty("matters").GetProperty("total").GetInt32());
        Assert.Equal($"/portal/matters?q=unpaid%20{token}", lower.GetProperty("matters").GetProperty("seeAll").GetString());
        var row = lower.GetProperty("matters").GetProperty("items")[0];
        Assert.Equal($"/portal/matters/{english}", row.GetProperty("link").GetString());
        Assert.Equal(DemoClient, row.GetProperty("clientName").GetString());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("statusLabel").GetString()));
    }

    [Fact]
    public async Task A_client_sees_only_their_own_items_and_no_people_or_organizations()
    {
        var token = Token();
        var omar = await App.SignedInAsync("client@demo.portal");
        var sara = await App.SignedInAsync("sara@demo.portal");
        var other = await OtherOrganizationClientAsync(token);
        var omarsMatter = await SubmitAsync(omar, $"Warehouse {token} lease");
        var omarsContract = await ContractApi.SubmitRequestAsync(omar, $"Warehouse {token} supply");
        var othersMatter = await SubmitAsync(other, $"Warehouse {token} dispute");
        var othersContract = await ContractApi.SubmitRequestAsync(other, $"Warehouse {token} lease deed");

        var mine = await SearchAsync(omar, $"warehouse {token}");
        Assert.Equal([omarsMatter], Ids(mine, "matters"));
        Assert.Equal([omarsContract], Ids(mine, "contracts"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("people").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("organizations").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("cases").ValueKind);

        // A colleague in the same organization sees nothing of Omar's while it does not share requests ...
        var colleague = await SearchAsync(sara, $"warehouse {token}");
        Assert.Empty(Ids(colleague, "matters"));
        Assert.Empty(Ids(colleague, "contracts"));
        Assert.Equal(0, colleague.GetProperty("matters").GetProperty("total").GetInt32());

        // ... and everything of the organization once it does (the setting is read from the database, not the cookie),
        // but never another organization's.
        var admin = await App.SignedInAsync(PortalApi.Admin);
        var organization = await DemoOrganizationAsync(admin);
        await ShareAsync(admin, organization, true);
        try
        {
            var shared = await SearchAsync(sara, $"warehouse {token}");
            Assert.Equal([omarsMatter], Ids(shared, "matters"));
            Assert.Equal([omarsContract], Ids(shared, "contracts"));
        }
        finally
        {
            await ShareAsync(admin, organization, false);
        }

        var theirs = await SearchAsync(other, $"warehouse {token}");
        Assert.Equal([othersMatter], Ids(theirs, "matters"));
        Assert.Equal([othersContract], Ids(theirs, "contracts"));
    }

    [Fact]
    public async Task The_legal_team_finds_people_and_organizations_and_counts_beyond_the_first_ten()
    {
        var token = Token();
        var client = await App.SignedInAsync("client@demo.portal");
        var lawyer = await App.SignedInAsync("lawyer@demo.portal");
        for (var i = 0; i < 12; i++) await SubmitAsync(client, $"Tenancy {token} number {i}");
        var other = await OtherOrganizationClientAsync(token);
        await SubmitAsync(other, $"Tenancy {token} abroad");

        var found = await SearchAsync(lawyer, $"TENANCY {token}");
        var matters = found.GetProperty("matters");
        Assert.Equal(13, matters.GetProperty("total").GetInt32());
        Assert.Equal(10, matters.GetProperty("items").GetArrayLength());
        Assert.Equal($"/team/matters?q=TENANCY%20{token}", matters.GetProperty("seeAll").GetString());
        Assert.StartsWith("/team/matters/", matters.GetProperty("items")[0].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, found.GetProperty("cases").GetProperty("total").GetInt32());

        // The other organization and its person, by a word of their names.
        var people = await SearchAsync(lawyer, $"other-{token}");
        var person = Assert.Single(people.GetProperty("people").GetProperty("items").EnumerateArray());
        Assert.Equal($"other-{token}@example.test", person.GetProperty("email").GetString());
        Assert.Equal($"Other Holding {token}", person.GetProperty("organization").GetString());
        var organizations = await SearchAsync(lawyer, $"holding {token}");
        Assert.Equal(1, organizations.GetProperty("organizations").GetProperty("total").GetInt32());
        Assert.Equal($"/admin/clients?q=holding%20{token}", organizations.GetProperty("organizations").GetProperty("seeAll").GetString());
    }

    [Theory]
    [InlineData("a", "query_too_short")]
    [InlineData("  b  ", "query_too_short")]
    [InlineData("", "query_too_short")]
    public async Task A_query_shorter_than_two_characters_is_400(string q, string code)
    {
        var client = await App.SignedInAsync("client@demo.portal");
        var problem = await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task A_query_over_200_characters_is_400_and_nobody_signed_out_searches()
    {
        var client = await App.SignedInAsync("client@demo.portal");
        var problem = await (await client.GetAsync($"/api/v1/search?q={new string('x', 201)}")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("query_too_long", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q={new string('x', 200)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/v1/search?q=unpaid")).StatusCode);
    }

    [Fact]
    public void Search_terms_never_reach_a_log_line()
    {
        var line = "Request starting HTTP/1.1 GET http://localhost/api/v1/search?q=Delta%20Foods&limit=3 - - -";
        Assert.Equal("Request starting HTTP/1.1 GET http://localhost/api/v1/search?q=[redacted]&limit=3 - - -", FeedLogRedaction.Redact(line));
        Assert.Equal("GET /search?q=[redacted]", FeedLogRedaction.Redact("GET /search?q=نزاع"));
        Assert.Equal("GET /api/v1/matters?status=Open&search=[redacted]", FeedLogRedaction.Redact("GET /api/v1/matters?status=Open&search=lease"));
        var captured = new List<string>();
        using (var factory = LoggerFactory.Create(b => { b.AddProvider(new LineProvider(captured)); b.RedactFeedTokens(); }))
            factory.CreateLogger("test").LogInformation("Request starting {Protocol} {Method} {Url}", "HTTP/1.1", "GET", "http://localhost/search?q=Secret%20Client");
        Assert.NotEmpty(captured);
        Assert.All(captured, c => Assert.DoesNotContain("Secret", c, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task On_postgres_folding_visibility_and_counts_hold()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        var (omar, sara, lawyer) = (await app.SignedInAsync("client@demo.portal"), await app.SignedInAsync("sara@demo.portal"), await app.SignedInAsync("lawyer@demo.portal"));
        var arabic = await SubmitAsync(omar, "نزاع احمد التجاري");
        var unpaid = await SubmitAsync(omar, "Unpaid salary claim");
        var contract = await ContractApi.SubmitRequestAsync(omar, "Unpaid supply agreement");
        var hers = await SubmitAsync(sara, "Unpaid rent");

        Assert.Equal([arabic], Ids(await SearchAsync(omar, "أحمد"), "matters"));
        var mine = await SearchAsync(omar, "unpaid");
        Assert.Equal([unpaid], Ids(mine, "matters"));
        Assert.Equal([contract], Ids(mine, "contracts"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("people").ValueKind);
        Assert.Equal([hers], Ids(await SearchAsync(sara, "UNPAID"), "matters"));
        var team = await SearchAsync(lawyer, "unpaid");
        Assert.Equal(2, team.GetProperty("matters").GetProperty("total").GetInt32());
        Assert.Equal(1, team.GetProperty("contracts").GetProperty("total").GetInt32());
        Assert.Equal(1, (await SearchAsync(lawyer, "omar")).GetProperty("people").GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await omar.GetAsync("/api/v1/search?q=x")).StatusCode);
    }

    const string DemoClient = Workflows.Demo.DemoAccounts.ClientName;

    static async Task<JsonElement> SearchAsync(HttpClient person, string q) =>
        await (await person.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}")).JsonAsync(HttpStatusCode.OK);

    static List<Guid> Ids(JsonElement results, string group) =>
        [.. results.GetProperty(group).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    static async Task<Guid> SubmitAsync(HttpClient client, string subject) =>
        (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    // A client of another organization, signed in (invited, then given a password as accepting would).
    async Task<HttpClient> OtherOrganizationClientAsync(string token)
    {
        var admin = await App.SignedInAsync(PortalApi.Admin);
        var organization = await admin.CreateClientAsync($"Other Holding {token}");
        var email = $"other-{token}@example.test";
        var id = await admin.InvitePortalUserAsync(email, organization);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.AcceptInvitation();
            Assert.True((await users.AddPasswordAsync(user, PortalApi.DemoPassword)).Succeeded);
        }
        return await App.SignedInAsync(email);
    }

    static async Task<Guid> DemoOrganizationAsync(HttpClient admin) =>
        (await (await admin.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString("Al Noor")}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == DemoClient).GetProperty("id").GetGuid();

    static async Task ShareAsync(HttpClient admin, Guid organization, bool on) =>
        await (await admin.PutAsJsonAsync($"/api/v1/clients/{organization}", new { name = DemoClient, kind = "Company", sharesRequests = on })).JsonAsync(HttpStatusCode.OK);

    sealed class LineProvider(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs) text += " " + string.Join(" ", pairs.Select(p => p.Value));
            lock (lines) lines.Add(text);
        }
        public void Dispose() { }
    }
}
