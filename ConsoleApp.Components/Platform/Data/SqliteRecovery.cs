using System.Data.Common;
using ConsoleApp.Components.Platform.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// Lets the console recover from a database that could not be written, without a restart. SQLite opens a file it
/// cannot write read-only without complaint, and the connection pool would keep those read-only connections after
/// the cause is gone; so a connection that opens read-only, or a command that fails with a storage error, clears
/// the pool and the next connection opens afresh. The failing command's real SQLite error is logged here, before
/// a later "cannot rollback" can hide it.
/// </summary>
public sealed class SqliteRecovery(ILogger<SqliteRecovery> logger) : DbCommandInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private void Failed(DbCommand command, Exception exception)
    {
        if (exception is not SqliteException { SqliteErrorCode: not 19 } sqlite || command.Connection is not SqliteConnection connection) return;
        // Cancellation and busy timeouts are not a broken database: keep the pool.
        if (sqlite.SqliteErrorCode is 4 or 9) return;
        logger.LogError("Database command failed: {Cause}", StorageFailures.Cause(sqlite));
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Checks each newly opened connection: a read-only one is used once and not pooled.</summary>
    public sealed class ReadOnlyGuard(ILogger<SqliteRecovery> logger) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Check(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Check(connection);
            return Task.CompletedTask;
        }

        private void Check(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle } sqlite) return;
            if (SQLitePCL.raw.sqlite3_db_readonly(handle, "main") != 1) return;
            if (new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly) return;
            logger.LogError("The database file {DataSource} opened read-only: it cannot be written (file permissions, read-only file system)", sqlite.DataSource);
            SqliteConnection.ClearPool(sqlite);
        }
    }
}
