using BenchmarkDotNet.Running;
using WorkflowPortal.Engine.Bench;

// memory    : BenchmarkDotNet, engine build+fire versus a raw Stateless machine of the same shape
// persisted : transitions per second over 10,000 instances, engine versus raw EF Core
// timers    : due timers fired per second on PostgreSQL by two dispatchers, plain and routed by a condition
return args.FirstOrDefault() switch
{
    "memory" => Run(() => BenchmarkRunner.Run<InMemoryBenchmarks>(args: args[1..])),
    "memory-interleaved" => InterleavedMemory.Run(),
    "persisted" => await PersistedBenchmark.RunAsync(args[1..]),
    "timers" => await TimersBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Run(Action run)
{
    run();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Engine -- memory | memory-interleaved | persisted [sqlite|postgres] [--instances N] [--workers N] | timers [--pending N] [--dispatchers N]");
    return 2;
}
