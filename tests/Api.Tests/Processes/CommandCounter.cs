using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowPortal.Api.Tests.Processes;

// Counts the SQL commands each DbContext instance sends. Background services (outbox, reminders)
// use their own contexts, so a request's commands are the group that wrote its history entry.
public sealed class CommandCounter : DbCommandInterceptor
{
    readonly ConcurrentQueue<(Guid Context, string Sql)> _commands = new();

    public void Reset() => _commands.Clear();

    // Commands, statements (a batched command holds several) and the commands that only read, of
    // the unit of work that wrote a history entry.
    public StepCount OfStep()
    {
        var groups = _commands.GroupBy(c => c.Context).ToList();
        var step = groups.Single(g => g.Any(c => c.Sql.Contains("INSERT INTO \"WorkflowHistory\"", StringComparison.Ordinal)));
        return new StepCount(step.Count(), step.Sum(c => Statements(c.Sql)),
            step.Count(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)));
    }

    static int Statements(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries).Count(s => s.Trim().Length > 0 && !s.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));

    void Record(DbCommand command, CommandEventData data) =>
        _commands.Enqueue((data.Context?.ContextId.InstanceId ?? Guid.Empty, command.CommandText));

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
    public override string ToString() => $"{Commands} commands, {Statements} statements, {Reads} reads";
}
