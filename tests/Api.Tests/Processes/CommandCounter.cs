using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowPortal.Api.Tests.Processes;

// Counts the SQL commands each DbContext lease sends. Background services (outbox, reminders) and
// cached look-ups (session stamps, calendar) use their own scopes, so a request's commands are the
// group that wrote its history entry. Contexts are pooled: the same instance serves the outbox a
// moment after it served the request, so a group is one lease (instance and lease number), never
// just the instance; grouping by instance let a background read land in the step now and then.
public sealed class CommandCounter : DbCommandInterceptor
{
    readonly ConcurrentQueue<(DbContextId Context, string Sql)> _commands = new();

    public void Reset() => _commands.Clear();

    // Commands, statements (a batched command holds several) and the commands that only read, of
    // the unit of work that wrote a history entry.
    public StepCount OfStep()
    {
        var groups = _commands.GroupBy(c => c.Context).ToList();
        var step = groups.Single(g => g.Any(c => c.Sql.Contains("INSERT INTO \"WorkflowHistory\"", StringComparison.Ordinal)));
        var reads = step.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Select(c => c.Sql).ToList();
        return new StepCount(step.Count(), step.Sum(c => Statements(c.Sql)), reads.Count) { ReadSql = reads };
    }

    static int Statements(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries).Count(s => s.Trim().Length > 0 && !s.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));

    void Record(DbCommand command, CommandEventData data) =>
        _commands.Enqueue((data.Context?.ContextId ?? default, command.CommandText));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }
}

public sealed record StepCount(int Commands, int Statements, int Reads)
{
    // The reads themselves, so that a count that differs can say which query came or went.
    public IReadOnlyList<string> ReadSql { get; init; } = [];

    public static string Difference(StepCount before, StepCount after) =>
        string.Join("\n---\n", Minus(after.ReadSql, before.ReadSql).Select(s => "+ " + s).Concat(Minus(before.ReadSql, after.ReadSql).Select(s => "- " + s)));

    // Multiset difference: a query sent twice where it used to be sent once shows once.
    static IEnumerable<string> Minus(IEnumerable<string> items, IEnumerable<string> removed)
    {
        var left = items.ToList();
        foreach (var item in removed) left.Remove(item);
        return left;
    }

    public override string ToString() => $"{Commands} commands, {Statements} statements, {Reads} reads";
}
