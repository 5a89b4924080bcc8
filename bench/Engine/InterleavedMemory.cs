using System.Diagnostics;

namespace WorkflowPortal.Engine.Bench;

// BenchmarkDotNet runs one benchmark after the other; on a shared, loaded machine they meet
// different noise. This runs both in alternating rounds and reports the median round ratio.
public static class InterleavedMemory
{
    public static int Run(int rounds = 41, int perRound = 20_000)
    {
        var bench = new InMemoryBenchmarks();
        bench.Setup();
        var ratios = new List<double>();
        var (rawTotal, engineTotal) = (0.0, 0.0);
        for (var round = 0; round < rounds; round++)
        {
            var raw = Time(() => bench.RawStateless(), perRound);
            var engine = Time(() => bench.Engine(), perRound);
            if (round == 0)
                continue; // JIT warm-up
            ratios.Add(engine / raw);
            (rawTotal, engineTotal) = (rawTotal + raw, engineTotal + engine);
        }
        ratios.Sort();
        var n = rounds - 1;
        Console.WriteLine($"interleaved rounds={n} x {perRound}: raw={rawTotal / n * 1000:F2}us engine={engineTotal / n * 1000:F2}us " +
            $"median ratio={ratios[n / 2]:F2} (p10 {ratios[n / 10]:F2}, p90 {ratios[n * 9 / 10]:F2})");
        return 0;
    }

    // Milliseconds per 1,000 operations.
    static double Time(Func<string> operation, int count)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            operation();
        return clock.Elapsed.TotalMilliseconds / count * 1000 / 1000;
    }
}
