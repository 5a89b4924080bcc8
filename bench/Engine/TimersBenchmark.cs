using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Engine.Bench;

// N instances wait in a state whose deadline closes them; every timer is already due. Two
// dispatchers (two app instances) claim and fire them in batches of 50, as DeadlineService does,
// until none is left. Run twice: the deadline fires a plain transition, then one routed by a
// condition (two branches of one trigger). Prints timers per second and SQL commands per timer.
public static class TimersBenchmark
{
    static readonly Actor Requester = new("client", "Client", [WorkflowRoles.Requester]);

    static string Definition(string key, bool routed) => $$"""
    {
      "key": "{{key}}", "name": { "en": "Timers", "ar": "مواعيد" }, "initialState": "Waiting",
      "fields": [ { "name": "priority", "type": "choice", "label": { "en": "Priority", "ar": "الأولوية" }, "options": [ "high", "normal" ] } ],
      "states": [
        { "name": "Waiting", "category": "InProgress", "label": { "en": "Waiting", "ar": "انتظار" },
          "deadlines": [ { "after": "PT1S", "fire": "Close", "comment": { "en": "Closed: no answer", "ar": "أغلق لعدم الرد" } } ] },
        {{(routed ? """{ "name": "Escalated", "category": "Done", "final": true, "label": { "en": "Escalated", "ar": "مصعّد" } },""" : "")}}
        { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" } }
      ],
      "transitions": [
        {{(routed ? """
        { "trigger": "Close", "from": "Waiting", "to": "Escalated", "label": { "en": "Close", "ar": "إغلاق" }, "allowed": [ "LegalTeam" ],
          "when": { "all": [ { "field": "priority", "op": "equals", "value": "high" } ] } },
        """ : "")}}
        { "trigger": "Close", "from": "Waiting", "to": "Closed", "label": { "en": "Close", "ar": "إغلاق" }, "allowed": [ "LegalTeam" ] }
      ]
    }
    """;

    public static async Task<int> RunAsync(string[] args)
    {
        var pending = Option(args, "--pending", 100_000);
        var dispatchers = Option(args, "--dispatchers", 2);
        var commands = new CommandCounter();
        await using var database = await BenchDatabase.CreateAsync("postgres", commands);
        var folder = Directory.CreateTempSubdirectory("timers-bench").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "timers-plain.json"), Definition("timers-plain", routed: false));
        await File.WriteAllTextAsync(Path.Combine(folder, "timers-routed.json"), Definition("timers-routed", routed: true));
        await using (var db = database.NewDb())
            await new WorkflowDefinitions(TimeProvider.System).SeedFromFolderAsync(db, folder);
        Directory.Delete(folder, recursive: true);

        foreach (var key in new[] { "timers-plain", "timers-routed" })
        {
            await StartAsync(database, key, pending);
            var before = commands.Count;
            var clock = Stopwatch.StartNew();
            var fired = await DrainAsync(database, dispatchers);
            clock.Stop();
            var perTimer = (commands.Count - before) / (double)Math.Max(fired, 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{key,-14} pending={pending} dispatchers={dispatchers} fired={fired} in {clock.Elapsed.TotalSeconds:F1} s = {fired / clock.Elapsed.TotalSeconds:F0}/s, {perTimer:F2} SQL commands per timer"));
            if (fired != pending)
                throw new InvalidOperationException($"{fired} of {pending} timers fired.");
        }
        return 0;
    }

    // Started an hour ago with a one-second deadline: every timer is due. Half are high priority.
    static async Task StartAsync(BenchDatabase database, string key, int count)
    {
        var past = new ShiftedClock(TimeSpan.FromHours(-1));
        var runner = new WorkflowRunner(new WorkflowDefinitionCache(), past);
        var definition = WorkflowJson.Parse(Definition(key, key.EndsWith("routed", StringComparison.Ordinal))).Value;
        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch < count; batch += 2000)
        {
            await using var db = database.NewDb();
            for (var i = batch; i < Math.Min(batch + 2000, count); i++)
            {
                var data = InstanceData.Empty.With(definition, new Dictionary<string, string> { ["priority"] = i % 2 == 0 ? "high" : "normal" });
                var started = await runner.StartAsync(db, key, new("Bench", i.ToString(CultureInfo.InvariantCulture)), Requester, data: data);
                if (!started.IsSuccess) throw new InvalidOperationException(started.Error.Message);
            }
            await db.SaveChangesAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-14} started {count} instances with due timers in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    static async Task<int> DrainAsync(BenchDatabase database, int dispatchers)
    {
        var runner = new WorkflowRunner(new WorkflowDefinitionCache(), TimeProvider.System);
        var dispatch = new DeadlineDispatch(runner, TimeProvider.System);
        var total = 0;
        await Task.WhenAll(Enumerable.Range(0, dispatchers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                await using var db = database.NewDb();
                var fired = await dispatch.FireDueAsync(db, 50, (_, _) => Task.FromResult<WorkflowError?>(null));
                Interlocked.Add(ref total, fired);
                if (fired == 0) return;
            }
        })));
        return total;
    }

    static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    sealed class ShiftedClock(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + by;
    }

    // Every command sent to the database, reads and writes, savepoints included.
    sealed class CommandCounter : DbCommandInterceptor
    {
        long _count;

        public long Count => Interlocked.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
