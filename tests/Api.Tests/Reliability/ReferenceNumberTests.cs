using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Reliability;

// References come from a per-kind, per-year counter in the database: readable and never drawn twice.
public sealed partial class ReferenceNumberTests
{
    [GeneratedRegex(@"^MAT-\d{4}-\d{6}$")]
    private static partial Regex MatterReference();

    [Fact]
    public async Task References_are_readable_and_count_up_per_kind_and_year()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = await app.SignedInAsync("client@demo.portal");

        var references = new List<string>();
        for (var i = 0; i < 3; i++) references.Add(await SubmitAsync(client));

        var year = DateTimeOffset.UtcNow.Year;
        Assert.Equal([$"MAT-{year}-000001", $"MAT-{year}-000002", $"MAT-{year}-000003"], references);
    }

    [PostgresFact]
    public async Task Concurrent_submissions_on_two_instances_draw_distinct_references_without_errors()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new PortalApp(TempFolder.Create(), database.ConnectionString);
        await using var second = new PortalApp(TempFolder.Create(), database.ConnectionString);
        var clients = new List<HttpClient>();
        foreach (var app in new[] { first, second })
            foreach (var email in new[] { "client@demo.portal", "sara@demo.portal" })
                clients.Add(await app.SignedInAsync(email));

        const int each = 10;
        var references = new ConcurrentBag<string>();
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++) references.Add(await SubmitAsync(client));
        })));

        Assert.Equal(clients.Count * each, references.Count);
        Assert.All(references, r => Assert.Matches(MatterReference(), r));
        Assert.Equal(references.Count, references.Distinct().Count());
        foreach (var client in clients) client.Dispose();
    }

    static async Task<string> SubmitAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("reference").GetString()!;
    }
}
