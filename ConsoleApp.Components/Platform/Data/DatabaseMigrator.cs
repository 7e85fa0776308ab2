using System.Reflection;
using ConsoleApp.Components.Platform.Data.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// Brings the database to this build's schema at start-up with EF Core migrations (<c>Migrations/Sqlite/</c>).
/// A database made before migrations existed carries <c>PRAGMA user_version = 50</c> (the last schema script) and
/// has exactly the <see cref="InitialSchema"/> tables: it is baselined (that migration recorded as applied) and then
/// migrated like any other, which moves its users into the Identity tables. A fresh file just migrates.
/// PostgreSQL has its own migrations set (assembly <c>ConsoleApp.Migrations.Postgres</c>), made from the same model.
/// Operators who apply SQL themselves get it from <c>dotnet ef migrations script --idempotent</c>.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<ConsoleDbContext> factory, ILogger<DatabaseMigrator> logger)
{
    /// <summary>The <c>PRAGMA user_version</c> of a database made by the last release with schema scripts.</summary>
    public const int LastScriptVersion = 50;

    public static string BaselineMigrationId { get; } = typeof(InitialSchema).GetCustomAttribute<MigrationAttribute>()!.Id;

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.GetDbConnection() is SqliteConnection file)
            EnsureDirectoryFor(file.DataSource);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var hasHistory = db.Database.GetDbConnection() is SqliteConnection sqlite
                ? await PrepareSqliteAsync(db, sqlite, ct)
                : await RefuseUnversionedAsync(db, ct);
            if (!hasHistory && db.Database.IsNpgsql())
            {
                // Npgsql's migrator reads the history before the base migrator creates it: on an empty database that
                // read is a failed command, which EF logs as an error on every first start. An empty history first.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                hasHistory = true;
            }

            // Asked only when the history exists: on PostgreSQL reading a missing history table is a failed command,
            // which EF logs as an error on every first start.
            var applied = hasHistory ? (await db.Database.GetAppliedMigrationsAsync(ct)).ToList() : [];
            var unknown = applied.Except(db.Database.GetMigrations()).ToList();
            if (unknown.Count > 0)
                throw new InvalidOperationException($"The database has migrations this build does not know ({string.Join(", ", unknown)}): it was upgraded by a newer version.");

            var pending = db.Database.GetMigrations().Except(applied).ToList();
            await db.Database.MigrateAsync(ct);
            if (pending.Count > 0)
                logger.LogInformation("Applied database migrations {Migrations}", pending);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>WAL journal, and the baseline of a file made by the schema scripts of the previous release.</summary>
    private async Task<bool> PrepareSqliteAsync(ConsoleDbContext db, SqliteConnection connection, CancellationToken ct)
    {
        await ExecAsync(connection, "PRAGMA journal_mode = WAL;", ct);
        var hasHistory = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='__EFMigrationsHistory'", ct) > 0;
        var hasTables = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'", ct) > 0;
        if (hasHistory || !hasTables) return hasHistory;
        await BaselineAsync(db, connection, ct);
        return true;
    }

    /// <summary>
    /// PostgreSQL databases have only ever been made by migrations (its own set, in the
    /// <c>ConsoleApp.Migrations.Postgres</c> assembly); tables without a history were made by something else, and
    /// migrating over them would fail half-way, so the start is refused with the reason instead.
    /// </summary>
    private static async Task<bool> RefuseUnversionedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()").ToListAsync(ct);
        if (tables.Contains(HistoryRepository.DefaultTableName)) return true;
        if (tables.Count > 0)
            throw new InvalidOperationException("The PostgreSQL database has tables but no migrations history; it was not created by this console. Point ConnectionStrings:Console at an empty database.");
        return false;
    }

    /// <summary>Records <see cref="InitialSchema"/> as applied to a database the schema scripts made.</summary>
    private async Task BaselineAsync(ConsoleDbContext db, SqliteConnection connection, CancellationToken ct)
    {
        var version = await ScalarAsync(connection, "PRAGMA user_version;", ct);
        if (version == 0)
            throw new InvalidOperationException("The database has tables but neither a migrations history nor a schema version; it was not created by this console.");
        if (version != LastScriptVersion)
            throw new InvalidOperationException($"The database is at schema version {version}; this build upgrades databases at version {LastScriptVersion}. Start the previous release on it once first, then this one.");

        var history = db.GetService<IHistoryRepository>();
        await history.CreateIfNotExistsAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = (SqliteTransaction)tx;
            // user_version back to 0: the previous release then refuses this file instead of mistaking it for its own.
            cmd.CommandText = history.GetInsertScript(new HistoryRow(BaselineMigrationId, ProductInfo.GetVersion())) + "\nPRAGMA user_version = 0;";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        logger.LogInformation("Database at schema version {Version} baselined as migration {Migration}", version, BaselineMigrationId);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void EnsureDirectoryFor(string dataSource)
    {
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)) return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }
}
