using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>Database errors that services handle, recognised the same way on SQLite and PostgreSQL.</summary>
public static class DbErrors
{
    /// <summary>A unique index or primary key refused the row (someone else inserted it first).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
