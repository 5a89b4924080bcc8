using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

// bench/Security: does a refusal take the same time whoever is asked about? Sequential requests
// against a running portal (run.sh starts one), the cases interleaved round-robin so that a load
// change on the machine hits every case alike. Not a unit test: the figures go in the report.
//   Security.Bench <url> [attempts per case = 150] [warm-up per case = 10]
var url = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5099");
var attempts = int.Parse(args.ElementAtOrDefault(1) ?? "150");
var warmUp = int.Parse(args.ElementAtOrDefault(2) ?? "10");
using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(1) };

// An inactive account: the administrator deactivates Sara (run.sh starts a fresh demo instance).
var admin = await LoginAsync("admin@demo.portal", "Admin#Portal2026");
var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/portal-users?search=sara");
var sara = users.GetProperty("items")[0].GetProperty("id").GetGuid();
(await admin.PostAsync($"/api/v1/portal-users/{sara}/deactivate", null)).EnsureSuccessStatusCode();

var run = 0;
Case Login(string name, string email) => new(name, () => Post("/api/v1/auth/login", new { email, password = "Wrong#Password1" }));
await MeasureAsync("POST /api/v1/auth/login, wrong password", [
    Login("unknown address", "nobody@nowhere.example"),
    new("unknown address, fresh each time", () => Post("/api/v1/auth/login", new { email = $"nobody{++run}@nowhere.example", password = "Wrong#Password1" })),
    Login("existing account", "client@demo.portal"),
    Login("inactive account", "sara@demo.portal"),
]);
await MeasureAsync("POST /api/v1/auth/signup", [
    new("existing address", () => Post("/api/v1/auth/signup", new { email = "client@demo.portal", displayName = "Someone", password = "Str0ng#Password!", language = "en" })),
    new("new address", () => Post("/api/v1/auth/signup", new { email = $"new{++run}@bench.example", displayName = "Someone", password = "Str0ng#Password!", language = "en" })),
]);
return 0;

async Task MeasureAsync(string title, Case[] cases)
{
    var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
    var statuses = cases.ToDictionary(c => c.Name, _ => new SortedSet<int>());
    for (var i = 0; i < warmUp + attempts; i++)
        foreach (var c in cases)
        {
            var clock = Stopwatch.StartNew();
            var status = await c.Send();
            clock.Stop();
            if (i < warmUp) continue;
            times[c.Name].Add(clock.Elapsed.TotalMilliseconds);
            statuses[c.Name].Add(status);
        }
    Console.WriteLine($"\n{title}: {attempts} attempts per case (after {warmUp} warm-up), interleaved, sequential");
    Console.WriteLine($"{"case",-34} {"status",-8} {"mean ms",8} {"median",8} {"p95",8} {"min",8} {"max",8}");
    foreach (var c in cases)
    {
        var t = times[c.Name].Order().ToArray();
        Console.WriteLine($"{c.Name,-34} {string.Join("/", statuses[c.Name]),-8} {t.Average(),8:F1} {Percentile(t, 0.5),8:F1} {Percentile(t, 0.95),8:F1} {t[0],8:F1} {t[^1],8:F1}");
    }
}

async Task<int> Post(string path, object body)
{
    using var response = await http.PostAsJsonAsync(path, body);
    await response.Content.ReadAsByteArrayAsync();
    return (int)response.StatusCode;
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

async Task<HttpClient> LoginAsync(string email, string password)
{
    var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
    response.EnsureSuccessStatusCode();
    var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
    var client = new HttpClient { BaseAddress = url };
    client.DefaultRequestHeaders.Authorization = new("Bearer", token);
    return client;
}

sealed record Case(string Name, Func<Task<int>> Send);
