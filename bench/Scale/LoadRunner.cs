using System.Diagnostics;
using System.Net.Http.Headers;

namespace WorkflowPortal.Bench.Scale;

// A bounded load generator. Closed loop: --concurrency workers, each sends its next request when the
// last one answered. Fixed rate: --rate requests a second on a schedule; latency counts from the
// scheduled moment (so a stalled server cannot hide its queue), at most --max-in-flight at once.
// Prints one line: mode, requests, throughput, p50, p99, non-2xx, load average.
public static class LoadRunner
{
    public static async Task<int> RunAsync(Options options)
    {
        var url = options.Required("url");
        var seconds = options.Number("seconds", 15);
        var warmup = options.Number("warmup", 3);
        var rate = options.Number("rate", 0);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { Timeout = TimeSpan.FromSeconds(30) };
        if (options.Text("token") is { } token) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Warm up the paths first; the measured window starts afterwards.
        await ClosedLoopAsync(client, url, 4, TimeSpan.FromSeconds(warmup));
        var result = rate > 0
            ? await FixedRateAsync(client, url, rate, options.Number("max-in-flight", 512), TimeSpan.FromSeconds(seconds))
            : await ClosedLoopAsync(client, url, options.Number("concurrency", 16), TimeSpan.FromSeconds(seconds));
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine($"{(rate > 0 ? $"rate {rate}/s" : $"closed loop {options.Number("concurrency", 16)}")} | {result.Summary(seconds)} | load {load} | {url}");
        return 0;
    }

    sealed class Results
    {
        readonly List<double> _latencies = [];
        int _failures;

        public void Add(double milliseconds, bool ok)
        {
            lock (_latencies)
            {
                _latencies.Add(milliseconds);
                if (!ok) _failures++;
            }
        }

        public string Summary(int seconds)
        {
            lock (_latencies)
            {
                _latencies.Sort();
                double At(double q) => _latencies.Count == 0 ? double.NaN : _latencies[Math.Min(_latencies.Count - 1, (int)(q * _latencies.Count))];
                return $"{_latencies.Count} requests, {_latencies.Count / (double)seconds:F0} req/s, p50 {At(0.50):F1} ms, p99 {At(0.99):F1} ms, non-2xx {_failures}";
            }
        }
    }

    static async Task<Results> ClosedLoopAsync(HttpClient client, string url, int concurrency, TimeSpan duration)
    {
        var results = new Results();
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, url);
                results.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok);
            }
        }));
        return results;
    }

    static async Task<Results> FixedRateAsync(HttpClient client, string url, int rate, int maxInFlight, TimeSpan duration)
    {
        var results = new Results();
        var gate = new SemaphoreSlim(maxInFlight);
        var origin = Stopwatch.GetTimestamp();
        var total = (int)(rate * duration.TotalSeconds);
        var running = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var scheduled = origin + (long)(i * Stopwatch.Frequency / (double)rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            await gate.WaitAsync();
            running.Add(Task.Run(async () =>
            {
                try
                {
                    var ok = await SendAsync(client, url);
                    results.Add(Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, ok);
                }
                finally { gate.Release(); }
            }));
        }
        await Task.WhenAll(running);
        return results;
    }

    static async Task<bool> SendAsync(HttpClient client, string url)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
