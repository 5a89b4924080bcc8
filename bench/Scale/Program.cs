using WorkflowPortal.Bench.Scale;

// bench/Scale: seed a PostgreSQL database at scale, serve the raw baseline, drive bounded load.
//   seed  --db <conn> --matters N [--comments N] [--contracts N] [--history N] [--client-matters N]
//   raw   --db <conn> [--port 5098]
//   load  --url <url> [--token <bearer>] [--concurrency 16 | --rate 500] [--seconds 15]
// run.sh chains them into the table (README.md).
var options = Options.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "seed" => await Seeder.RunAsync(options),
    "raw" => await RawEndpoint.RunAsync(options),
    "load" => await LoadRunner.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Scale.Bench seed|raw|load --option value ... (see bench/Scale/README.md)");
    return 2;
}
