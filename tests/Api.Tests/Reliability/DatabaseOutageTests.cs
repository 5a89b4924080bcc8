using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Api.Tests.Security;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Tests.Reliability;

// The database server stops for 10 s (an immediate shutdown: what a crash or a failover looks
// like) while clients keep submitting requests. They get 503 with Retry-After, never 500; once it
// is back every request succeeds again, and every submission that was answered 201 is there.
public sealed class DatabaseOutageTests
{
    sealed record Outcome(string Phase, HttpStatusCode Status, string? RetryAfter, string? ContentType, Guid? Id, string? Reference);

    [PostgresFact]
    public async Task A_database_stopped_for_ten_seconds_under_load_answers_503_then_recovers_and_loses_nothing()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var app = new PortalApp(TempFolder.Create(), await cluster.CreateDatabaseAsync("portal"));
        var clients = new List<HttpClient>();
        foreach (var email in new[] { "client@demo.portal", "sara@demo.portal", "client@demo.portal", "sara@demo.portal" })
            clients.Add(await app.SignedInAsync(email));
        using var browser = await CookieSession.SignInAsync(app, "client@demo.portal");

        var phase = "before";
        using var stop = new CancellationTokenSource();
        var outcomes = new ConcurrentQueue<Outcome>();
        var load = clients.Select(client => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var current = phase;
                var response = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Outage " + current));
                Guid? id = null;
                string? reference = null;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.JsonAsync();
                    id = body.GetProperty("id").GetGuid();
                    reference = body.GetProperty("reference").GetString();
                }
                outcomes.Enqueue(new(current, response.StatusCode, response.Headers.RetryAfter?.ToString(),
                    response.Content.Headers.ContentType?.MediaType, id, reference));
                await Task.Delay(50);
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.StopAsync();
        phase = "down";
        var downFor = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var page = await browser.Client.GetAsync("/portal/matters");
        var pageText = await page.Content.ReadAsStringAsync();
        var ready = await browser.Client.GetAsync("/health/ready");
        await Task.Delay(TimeSpan.FromSeconds(10) - downFor.Elapsed);
        phase = "restarting";
        await cluster.StartAsync();
        phase = "after";
        var recovery = Stopwatch.StartNew();
        while (recovery.Elapsed < TimeSpan.FromSeconds(30) && outcomes.Count(o => o.Phase == "after" && o.Status == HttpStatusCode.Created) < 20)
            await Task.Delay(200);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = outcomes.ToList();
        Assert.All(all, o => Assert.True(o.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable,
            $"{o.Phase}: {(int)o.Status} (only 201 or 503 may be answered)"));
        Assert.Contains(all, o => o.Phase == "before" && o.Status == HttpStatusCode.Created);
        var unavailable = all.Where(o => o.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Contains(unavailable, o => o.Phase == "down");
        Assert.All(unavailable, o => Assert.Equal("5", o.RetryAfter));
        Assert.All(unavailable, o => Assert.Equal("application/problem+json", o.ContentType));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Temporarily unavailable", pageText);
        Assert.Contains("غير متاح مؤقتًا", pageText);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        // Recovered: the last requests of every client succeed, and the readiness check passes.
        Assert.True(all.Count(o => o.Phase == "after" && o.Status == HttpStatusCode.Created) >= 20, "no recovery within 30 s");
        Assert.Equal(HttpStatusCode.OK, (await clients[0].GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/portal/matters")).StatusCode);

        // Nothing acknowledged is lost: every 201 is a stored matter with its reference.
        var acknowledged = all.Where(o => o.Id is not null).ToDictionary(o => o.Id!.Value, o => o.Reference);
        var stored = await app.WithDbAsync(db => db.Set<Matter>().Where(m => acknowledged.Keys.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference }).ToListAsync());
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.All(stored, m => Assert.Equal(acknowledged[m.Id], m.Reference));
        foreach (var client in clients) client.Dispose();
    }
}
