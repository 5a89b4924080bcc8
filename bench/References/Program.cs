using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

// The issue's reference bench: --total submissions from --clients concurrent clients spread
// round-robin over the instances in --urls, signed in as the demo clients. Prints errors by
// status, distinct references, throughput and latency; exits 1 unless every submission got a
// 201 and a reference of its own.
//   dotnet References.Bench.dll --urls http://127.0.0.1:5101,http://127.0.0.1:5102 --total 10000 --clients 20
var arguments = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
var urls = arguments["urls"].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToArray();
var total = int.Parse(arguments.GetValueOrDefault("total", "10000"));
var clientCount = int.Parse(arguments.GetValueOrDefault("clients", "20"));
string[] accounts = ["client@demo.portal", "sara@demo.portal"];
var consultation = new Guid("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0001");

var clients = new List<HttpClient>();
for (var i = 0; i < clientCount; i++)
{
    var client = new HttpClient { BaseAddress = urls[i % urls.Length], Timeout = TimeSpan.FromSeconds(60) };
    var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = accounts[i % accounts.Length], password = "Demo#Portal2026" });
    login.EnsureSuccessStatusCode();
    var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    clients.Add(client);
}

var references = new ConcurrentBag<string>();
var errors = new ConcurrentDictionary<string, int>();
var latencies = new ConcurrentBag<double>();
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(clients.Select(client => Task.Run(async () =>
{
    while (Interlocked.Increment(ref next) < total)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var body = new { requestTypeId = consultation, fields = new Dictionary<string, object>
                { ["subject"] = $"Bench {next}", ["details"] = "Reference bench submission.", ["area"] = "labour" } };
            using var response = await client.PostAsJsonAsync("/api/v1/requests", body);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if ((int)response.StatusCode == 201)
                references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
            else
                errors.AddOrUpdate(((int)response.StatusCode).ToString(), 1, (_, n) => n + 1);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
        }
    }
})));
clock.Stop();

var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
var distinct = references.Distinct().Count();
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
Console.WriteLine($"submissions {total} | clients {clientCount} over {urls.Length} instances | 201 {references.Count} | distinct references {distinct}"
    + $" | errors {errors.Values.Sum()} {string.Join(' ', errors.Select(e => $"{e.Key}:{e.Value}"))}"
    + $" | {clock.Elapsed.TotalSeconds:F1} s, {total / clock.Elapsed.TotalSeconds:F0}/s | p50 {Percentile(0.5):F0} ms p99 {Percentile(0.99):F0} ms | load {load}");
return references.Count == total && distinct == total && errors.IsEmpty ? 0 : 1;
