using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Api.Calendar;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Calendar;

namespace WorkflowPortal.Api.Tests.Calendar;

// A person's secret calendar address: what it shows each reader, its RFC 5545 text (UTF-8, CRLF,
// folded at 75 octets on character boundaries) and its life (made, reset, refused).
public sealed class CalendarFeedTests(KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    PortalApp App => host.App;

    [Fact]
    public async Task A_clients_feed_shows_their_visible_hearings_key_dates_and_milestones_and_nothing_of_another_client()
    {
        var (client, sara, lawyer) = (await App.SignedInAsync("client@demo.portal"), await App.SignedInAsync("sara@demo.portal"), await App.SignedInAsync("lawyer@demo.portal"));
        var mine = await SubmitAsync(client, "Warehouse lease dispute");
        var hers = await SubmitAsync(sara, "نزاع توريد");
        var at = new DateTimeOffset(2027, 3, 14, 9, 30, 0, TimeSpan.FromHours(3));
        var shown = await HearingAsync(lawyer, mine, at, "Commercial Court, Riyadh", visible: true);
        var hidden = await HearingAsync(lawyer, mine, at.AddDays(1), "Internal rehearsal", visible: false);
        var theirs = await HearingAsync(lawyer, hers, at, "Labour Court", visible: true);
        var keyDate = await KeyDateAsync(lawyer, mine, "Statement of defence", new DateOnly(2027, 3, 20), visible: true);
        var contract = await ContractApi.SubmitRequestAsync(client, "Cold store lease");
        var milestone = await MilestoneAsync(lawyer, contract, "Handover of the keys", "2027-04-01", visible: true);
        var internalMilestone = await MilestoneAsync(lawyer, contract, "Internal checkpoint", "2027-04-02", visible: false);

        var (response, text) = await FeedAsync(await FeedUrlAsync(client));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text, StringComparison.Ordinal);
        Assert.Equal("GREGORIAN", Ics.Value(text, "CALSCALE"));
        Assert.Equal("PUBLISH", Ics.Value(text, "METHOD"));
        Assert.Equal("WorkflowPortal: hearings and dates", Ics.Value(text, "X-WR-CALNAME"));
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);

        var events = Ics.Events(text).ToDictionary(e => e["UID"]);
        var hearing = events[$"hearing-{shown:N}@workflowportal"];
        Assert.Equal("20270314T063000Z", hearing["DTSTART"]);
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", hearing["DTSTAMP"]);
        var reference = (await ContractApi.GetAsync(client, $"/api/v1/matters/{mine}")).GetProperty("reference").GetString();
        Assert.Equal($"Hearing: Commercial Court, Riyadh — {reference} Warehouse lease dispute", Shown.Text(Ics.Unescape(hearing["SUMMARY"])));
        Assert.Contains("Commercial Court\\, Riyadh", hearing["SUMMARY"], StringComparison.Ordinal);
        Assert.Equal($"{App.ServerAddress.ToString().TrimEnd('/')}/portal/matters/{mine}", hearing["URL"]);

        var date = events[$"keydate-{keyDate:N}@workflowportal"];
        Assert.Equal("20270320", date["DTSTART;VALUE=DATE"]);
        Assert.Equal("20270321", date["DTEND;VALUE=DATE"]);
        Assert.StartsWith("Key date: Statement of defence", Shown.Text(Ics.Unescape(date["SUMMARY"])), StringComparison.Ordinal);
        var due = events[$"milestone-{milestone:N}@workflowportal"];
        Assert.Equal("20270401", due["DTSTART;VALUE=DATE"]);
        Assert.Equal($"{App.ServerAddress.ToString().TrimEnd('/')}/contracts/{contract}", due["URL"]);

        Assert.False(events.ContainsKey($"hearing-{hidden:N}@workflowportal"), "a hearing not shown to the client is in their feed");
        Assert.False(events.ContainsKey($"hearing-{theirs:N}@workflowportal"), "another client's hearing is in the feed");
        Assert.False(events.ContainsKey($"milestone-{internalMilestone:N}@workflowportal"), "an internal milestone is in the client's feed");
        Assert.DoesNotContain("Internal rehearsal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Labour Court", text, StringComparison.Ordinal);

        // The page's list is the same answer.
        var listed = await (await client.GetAsync("/api/v1/me/calendar?from=2027-03-01&to=2027-05-01")).JsonAsync(HttpStatusCode.OK);
        var ids = listed.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(shown, ids);
        Assert.Contains(keyDate, ids);
        Assert.Contains(milestone, ids);
        Assert.DoesNotContain(hidden, ids);
        Assert.DoesNotContain(theirs, ids);
    }

    // The same queries on PostgreSQL (dates, moments and the contract access subqueries).
    [PostgresFact]
    public async Task On_postgres_a_clients_feed_serves_their_hearing_key_date_and_milestone()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        var (client, lawyer) = (await app.SignedInAsync("client@demo.portal"), await app.SignedInAsync("lawyer@demo.portal"));
        var matter = await SubmitAsync(client, "Warehouse lease dispute");
        // Posted in Riyadh time: the hearing is stored as UTC (Npgsql writes only UTC offsets; this answered 500 before).
        var hearing = await HearingAsync(lawyer, matter, new DateTimeOffset(2027, 3, 14, 9, 30, 0, TimeSpan.FromHours(3)), "Commercial Court", visible: true);
        var hidden = await HearingAsync(lawyer, matter, new DateTimeOffset(2027, 3, 15, 9, 30, 0, TimeSpan.Zero), "Rehearsal", visible: false);
        var keyDate = await KeyDateAsync(lawyer, matter, "Statement of defence", new DateOnly(2027, 3, 20), visible: true);
        var milestone = await MilestoneAsync(lawyer, await ContractApi.SubmitRequestAsync(client, "Cold store lease"), "Handover", "2027-04-01", visible: true);

        var url = await FeedUrlAsync(client);
        var response = await app.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        var events = Ics.Events(await response.Content.ReadAsStringAsync()).ToDictionary(e => e["UID"]);
        Assert.Equal("20270314T063000Z", events[$"hearing-{hearing:N}@workflowportal"]["DTSTART"]);
        Assert.Equal("20270320", events[$"keydate-{keyDate:N}@workflowportal"]["DTSTART;VALUE=DATE"]);
        Assert.Equal("20270401", events[$"milestone-{milestone:N}@workflowportal"]["DTSTART;VALUE=DATE"]);
        Assert.False(events.ContainsKey($"hearing-{hidden:N}@workflowportal"));
    }

    [Fact]
    public async Task The_legal_teams_feed_shows_what_each_member_answers_for()
    {
        var (client, lawyer, admin) = (await App.SignedInAsync("client@demo.portal"), await App.SignedInAsync("lawyer@demo.portal"), await App.SignedInAsync(PortalApi.Admin));
        var open = await SubmitAsync(client, "Unassigned tenancy question");
        var others = await SubmitAsync(client, "Someone else's case");
        var at = new DateTimeOffset(2027, 5, 2, 11, 0, 0, TimeSpan.Zero);
        var internalHearing = await HearingAsync(lawyer, open, at, "Preparatory session", visible: false);
        var theirs = await HearingAsync(lawyer, others, at, "Court of Appeal", visible: true);
        var adminId = await ContractApi.UserIdAsync(admin);
        await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{others}/assignee", new { lawyerId = adminId })).JsonAsync(HttpStatusCode.OK);

        var lawyerEvents = Ics.Events((await FeedAsync(await FeedUrlAsync(lawyer))).Text).ToDictionary(e => e["UID"]);
        var seen = lawyerEvents[$"hearing-{internalHearing:N}@workflowportal"];
        Assert.Equal($"{App.ServerAddress.ToString().TrimEnd('/')}/team/matters/{open}", seen["URL"]);
        Assert.Equal("20270502T110000Z", seen["DTSTART"]);
        Assert.False(lawyerEvents.ContainsKey($"hearing-{theirs:N}@workflowportal"), "a matter assigned to someone else is in the lawyer's feed");

        var adminEvents = Ics.Events((await FeedAsync(await FeedUrlAsync(admin))).Text).Select(e => e["UID"]).ToHashSet();
        Assert.Contains($"hearing-{theirs:N}@workflowportal", adminEvents);

        // On the page, the whole team's dates on request.
        var team = await (await lawyer.GetAsync("/api/v1/me/calendar?from=2027-05-01&to=2027-05-03&scope=Team")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(theirs, team.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task An_arabic_title_longer_than_a_line_folds_on_a_character_boundary_and_unfolds_to_the_original()
    {
        var (sara, lawyer) = (await App.SignedInAsync("sara@demo.portal"), await App.SignedInAsync("lawyer@demo.portal"));
        var matter = await SubmitAsync(sara, "عقد توريد المواد الغذائية");
        const string title = "آخر موعد لتقديم مذكرة الدفاع; الرد على لائحة الدعوى، والمستندات المؤيدة, مع نسخة \\ للمحكمة";
        Assert.True(Encoding.UTF8.GetByteCount(title) > 150);
        var keyDate = await KeyDateAsync(lawyer, matter, title, new DateOnly(2027, 6, 1), visible: true);

        var (response, text) = await FeedAsync(await FeedUrlAsync(sara));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the feed starts with a byte order mark");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.Equal(text, strict.GetString(bytes));
        Assert.Equal(text.Split('\n').Length, text.Split("\r\n").Length);
        Assert.DoesNotContain('\r', text.Replace("\r\n", "", StringComparison.Ordinal));

        // Every physical line is at most 75 octets and a whole UTF-8 text on its own: no letter is cut in two.
        var lines = text.Split("\r\n")[..^1];
        foreach (var line in lines)
        {
            var octets = strict.GetBytes(line);
            Assert.True(octets.Length <= 75, $"{octets.Length} octets: {line}");
        }
        var physical = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') { physical.Add(bytes[start..i]); start = i + 2; }
        Assert.All(physical, p => strict.GetString(p));
        Assert.Contains(lines, l => l.StartsWith(' ') && l.Any(c => c is >= '\u0600' and <= '\u06FF'));

        Assert.Equal("WorkflowPortal: الجلسات والمواعيد", Ics.Value(text, "X-WR-CALNAME"));
        var summary = Ics.Events(text).Single(e => e["UID"] == $"keydate-{keyDate:N}@workflowportal")["SUMMARY"];
        Assert.Contains("\\;", summary, StringComparison.Ordinal);
        Assert.Contains("\\,", summary, StringComparison.Ordinal);
        Assert.Contains("\\\\", summary, StringComparison.Ordinal);
        var read = Shown.Text(Ics.Unescape(summary));
        Assert.StartsWith($"موعد مهم: {title} — ", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_escape_backslashes_separators_and_line_breaks()
    {
        Assert.Equal("a\\\\b\\;c\\,d\\ne\\nf", IcsCalendar.Escape("a\\b;c,d\ne\r\nf"));
        var body = IcsCalendar.Write("x", [new IcsEvent("u@x", null, new DateOnly(2027, 1, 2), new string('ج', 100), "https://portal.example/m")], DateTimeOffset.UnixEpoch);
        var folded = body.Split("\r\n").Where(l => l.Contains('ج')).ToList();
        Assert.Equal(3, folded.Count); // 9 + 200 octets: 75, then 1 + 74 twice
        Assert.Equal("SUMMARY:" + new string('ج', 100), Ics.Unfold(string.Join("\r\n", folded)));
    }

    [Fact]
    public async Task Reset_makes_the_old_address_404_at_once_and_the_new_one_work()
    {
        var collaborator = await App.SignedInAsync("collaborator@demo.portal");
        Assert.False((await (await collaborator.GetAsync("/api/v1/me/calendar/feed")).JsonAsync(HttpStatusCode.OK)).GetProperty("exists").GetBoolean());
        var first = await FeedUrlAsync(collaborator);
        var token = first.Split('/')[^1].Split('.')[0];
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(HttpStatusCode.OK, (await FeedAsync(first)).Response.StatusCode);
        Assert.True((await (await collaborator.GetAsync("/api/v1/me/calendar/feed")).JsonAsync(HttpStatusCode.OK)).GetProperty("exists").GetBoolean());

        // Only the hash is kept.
        var userId = await ContractApi.UserIdAsync(collaborator);
        var stored = await App.WithDbAsync(db => db.Set<CalendarFeed>().SingleAsync(f => f.UserId == userId));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), stored.TokenHash);

        var second = await FeedUrlAsync(collaborator);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(first)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FeedAsync(second)).Response.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await collaborator.DeleteAsync("/api/v1/me/calendar/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(second)).Response.StatusCode);
    }

    [Fact]
    public async Task Unknown_and_malformed_addresses_are_404()
    {
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{new string('A', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/feed/short.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{new string('%', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/me/calendar/feed", null)).StatusCode);
    }

    [Fact]
    public async Task Fetching_feeds_is_limited_per_address_known_token_or_not()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:CalendarFeed:PermitLimit"] = "3" });
        var url = new Uri(await FeedUrlAsync(await app.SignedInAsync("client@demo.portal"))).PathAndQuery;
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{new string('B', 43)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        var refused = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_deactivated_persons_address_is_404()
    {
        var admin = await App.SignedInAsync(PortalApi.Admin);
        var clientId = await admin.CreateClientAsync("Calendar Test Co.");
        var email = $"feed-{Guid.NewGuid():N}@example.test";
        var id = await admin.InvitePortalUserAsync(email, clientId);
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == id);
            user.AcceptInvitation();
            return await db.SaveChangesAsync();
        });
        // They have not chosen a password: their address is made by the use case itself.
        var url = await App.WithDbAsync(async db =>
        {
            var made = await new CalendarFeeds(db, TimeProvider.System).ResetAsync(
                new Workflows.Access.Actor(id, "Invited Person", new HashSet<string> { "Client" }, clientId, null, "en"), CancellationToken.None);
            return $"http://localhost/calendar/feed/{made.Value.Token}.ics";
        });
        Assert.Equal(HttpStatusCode.OK, (await FeedAsync(url)).Response.StatusCode);

        await (await admin.PostAsync($"/api/v1/portal-users/{id}/deactivate", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await FeedAsync(url)).Response.StatusCode);
    }

    [Fact]
    public void Feed_addresses_never_reach_a_log_line()
    {
        var line = "Request starting HTTP/1.1 GET http://localhost/calendar/feed/abcDEF123_-xyz.ics - - -";
        Assert.Equal("Request starting HTTP/1.1 GET http://localhost/calendar/feed/[redacted] - - -", FeedLogRedaction.Redact(line));
        var captured = new List<string>();
        using var factory = LoggerFactory.Create(b =>
        {
            b.AddProvider(new CapturingProvider(captured));
            b.RedactFeedTokens();
        });
        var logger = factory.CreateLogger("test");
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestPath"] = "/calendar/feed/secret123.ics" }))
            logger.LogWarning("Serving {Path}", "/calendar/feed/secret123.ics");
        Assert.NotEmpty(captured);
        Assert.All(captured, c => Assert.DoesNotContain("secret123", c, StringComparison.Ordinal));
        Assert.Contains(captured, c => c.Contains("/calendar/feed/[redacted]", StringComparison.Ordinal));
    }

    // Writes each line with its values and its scopes, as a console or JSON provider would.
    sealed class CapturingProvider(List<string> lines) : ILoggerProvider, ISupportExternalScope, ILogger
    {
        IExternalScopeProvider? _scopes;

        public ILogger CreateLogger(string categoryName) => this;

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));
            Append(text, state);
            _scopes?.ForEachScope((scope, sb) => Append(sb.Append(" | ").Append(scope), scope), text);
            lock (lines) lines.Add(text.ToString());
        }

        static void Append(StringBuilder text, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                foreach (var pair in pairs) text.Append(' ').Append(pair.Value);
        }

        public void Dispose() { }
    }

    static async Task<Guid> SubmitAsync(HttpClient client, string subject) =>
        (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    static async Task<Guid> HearingAsync(HttpClient lawyer, Guid matter, DateTimeOffset at, string court, bool visible) =>
        (await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/hearings", new { at, court, visibleToClient = visible, notes = "Bring the originals" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    static async Task<Guid> KeyDateAsync(HttpClient lawyer, Guid matter, string title, DateOnly date, bool visible) =>
        (await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/dates", new { title, date = date.ToString("yyyy-MM-dd"), visibleToClient = visible }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    static async Task<Guid> MilestoneAsync(HttpClient lawyer, Guid contract, string title, string due, bool visible) =>
        (await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{contract}/milestones", new { title, dueDate = due, visibleToClient = visible }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    static async Task<string> FeedUrlAsync(HttpClient person) =>
        (await (await person.PostAsync("/api/v1/me/calendar/feed", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("url").GetString()!;

    // As a calendar app fetches it: no cookie, no token, only the address.
    async Task<(HttpResponseMessage Response, string Text)> FeedAsync(string url)
    {
        var response = await App.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
