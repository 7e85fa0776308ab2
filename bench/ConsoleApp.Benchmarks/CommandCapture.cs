using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ConsoleApp.Benchmarks;

/// <summary>Records the SQL (with parameter values) the real service sends, so its query plans can be printed.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public bool Enabled { get; set; }
    public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    private void Record(DbCommand command)
    {
        if (!Enabled) return;
        lock (Commands)
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
