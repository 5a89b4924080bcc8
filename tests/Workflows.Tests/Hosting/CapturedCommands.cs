using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowPortal.Workflows.Tests.Hosting;

// Every query a context sends (text and a copy of its parameters: the command itself is reset
// once EF disposes it), kept so that a test can count statements or EXPLAIN them.
public sealed class CapturedCommands : DbCommandInterceptor
{
    public sealed record Command(string Text, IReadOnlyList<DbParameter> Parameters);

    public List<Command> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(new(command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => p is ICloneable c ? (DbParameter)c.Clone() : p)]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
