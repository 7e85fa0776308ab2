using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// Wall time spent inside the service's statements (from handing the command to the provider until its reader is
/// closed: preparing, stepping, reading the rows), so a search's time splits into the database's share and what
/// EF and the service add around it (context, connection, query cache, parameters, materialisation). The rows are
/// materialised while the reader is open, so that small share counts as the statement's.
/// </summary>
internal sealed class StatementTimer : DbCommandInterceptor
{
    private long ticks;
    private long started;

    public double TotalMs => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks)).TotalMilliseconds;

    public void Reset() => Interlocked.Exchange(ref ticks, 0);

    private void Start() => started = Stopwatch.GetTimestamp();
    private void Stop() => Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop();
        return base.DataReaderClosing(command, eventData, result);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop();
        return base.DataReaderClosingAsync(command, eventData, result);
    }
}
