using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// Schema versions without <c>dotnet ef</c> (its design package cannot be restored here): a new database is
/// created from the EF model and stamped with the latest version; an existing one is brought up to date by the
/// embedded scripts <c>Schema/NNNN_name.sql</c> newer than its <c>PRAGMA user_version</c>, each in a transaction.
/// A test proves an upgraded database has the same schema as a fresh one, so a model change without its script
/// fails CI.
/// </summary>
public sealed partial class SchemaMigrator(IDbContextFactory<ConsoleDbContext> factory, ILogger<SchemaMigrator> logger)
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts();

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        EnsureDirectoryFor(connection.DataSource);
        await db.Database.OpenConnectionAsync(ct);
        await ExecAsync(connection, "PRAGMA journal_mode = WAL;", ct);

        var version = await UserVersionAsync(connection, ct);
        var hasTables = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'", ct) > 0;
        if (version == 0 && !hasTables)
        {
            await db.Database.EnsureCreatedAsync(ct);
            await ExecAsync(connection, $"PRAGMA user_version = {LatestVersion};", ct);
            logger.LogInformation("Created database schema at version {Version}", LatestVersion);
            return;
        }
        if (version == 0)
            throw new InvalidOperationException("The database has tables but no schema version; it was not created by this console.");
        if (version > LatestVersion)
            throw new InvalidOperationException($"The database is at schema version {version}, newer than this build ({LatestVersion}).");

        foreach (var (v, name, sql) in Scripts.Where(s => s.Version > version))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = (SqliteTransaction)tx;
                cmd.CommandText = sql + $"\nPRAGMA user_version = {v};";
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            logger.LogInformation("Upgraded database schema to version {Version} ({Script})", v, name);
        }
    }

    public static async Task<long> UserVersionAsync(SqliteConnection connection, CancellationToken ct = default) =>
        await ScalarAsync(connection, "PRAGMA user_version;", ct);

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
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

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Match: ScriptName().Match(n)))
            .Where(x => x.Match.Success)
            .Select(x =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(x.Resource)!);
                return (int.Parse(x.Match.Groups[1].Value), x.Match.Groups[2].Value, reader.ReadToEnd());
            })
            .OrderBy(s => s.Item1)
            .ToList();
    }

    [GeneratedRegex(@"Schema\.(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
