using ConsoleApp.Components.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrate_PreviousVersionDatabase_HasSameSchemaAsFreshDatabase()
    {
        await using var fresh = await TestConsole.StartAsync(seed: false);
        await using var upgraded = await TestConsole.StartAsync(copyOf: SchemaDescription.FixturePath);

        Assert.Equal(await SchemaDescription.OfAsync(fresh.DatabasePath), await SchemaDescription.OfAsync(upgraded.DatabasePath));
        await using var db = await upgraded.SystemDbAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // The previous release must refuse the upgraded file rather than take it for one of its own.
        Assert.Equal(0L, await db.Database.SqlQueryRaw<long>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync());
    }

    [Fact]
    public async Task InitialSchemaMigration_EqualsThePreviousVersionsSchema()
    {
        await using var console = await TestConsole.StartAsync(seed: false, configure: _ => { });
        SchemaDescription.DeleteDatabase(console.DatabasePath);
        await using (var db = await console.SystemDbAsync())
            await db.GetService<IMigrator>().MigrateAsync(DatabaseMigrator.BaselineMigrationId);

        Assert.Equal(await SchemaDescription.OfAsync(SchemaDescription.FixturePath), await SchemaDescription.OfAsync(console.DatabasePath));
    }

    [Fact]
    public async Task Model_MatchesTheLatestMigration()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var db = await console.SystemDbAsync();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add (see docs/DATABASE.md).");
    }

    [Fact]
    public async Task Migrate_DatabaseMigratedByNewerBuild_RefusesToStart()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using (var db = await console.SystemDbAsync())
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0')");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => console.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync());
        Assert.Contains("29991231000000_FromTheFuture", ex.Message);
    }

    [Fact]
    public async Task Migrate_TablesWithoutHistoryOrSchemaVersion_RefusesToStart()
    {
        await using var console = await TestConsole.StartAsync(seed: false, configure: _ => { });
        SchemaDescription.DeleteDatabase(console.DatabasePath);
        await SchemaDescription.ExecAsync(console.DatabasePath, "CREATE TABLE Strangers (Id INTEGER PRIMARY KEY);");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => console.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync());
        Assert.Contains("not created by this console", ex.Message);
    }

    [Fact]
    public async Task Migrate_ScriptVersionOlderThanTheLastScript_RefusesToStart()
    {
        var old = Path.Combine(Path.GetTempPath(), $"pc-old-{Guid.NewGuid():N}.db");
        File.Copy(SchemaDescription.FixturePath, old);
        try
        {
            await SchemaDescription.ExecAsync(old, "PRAGMA user_version = 40;");
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => TestConsole.StartAsync(copyOf: old));
            Assert.Contains("version 40", ex.Message);
        }
        finally
        {
            SchemaDescription.DeleteDatabase(old);
        }
    }
}

/// <summary>A database's schema as sorted text, to compare two files.</summary>
internal static class SchemaDescription
{
    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Platform", "Fixtures", "console-v1.db");

    /// <summary>Tables with their columns (name, type, nullability, default, key) and foreign keys, and indexes with
    /// their columns, ignoring column order and EF's own bookkeeping tables (<c>__EFMigrations*</c>).</summary>
    public static async Task<string> OfAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name"))
        {
            foreach (var column in await ListAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || ifnull(dflt_value,'') || ' pk=' || pk FROM pragma_table_info('{table}')"))
                lines.Add($"{table}.{column}");
            foreach (var fk in await ListAsync(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || ifnull(\"to\",'') || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"))
                lines.Add($"{table} fk {fk}");
        }
        foreach (var index in await ListAsync(connection, "SELECT name || ' on ' || tbl_name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE '__EFMigrations%'"))
        {
            var name = index.Split(' ')[0];
            var unique = await ListAsync(connection, $"SELECT \"unique\" FROM pragma_index_list((SELECT tbl_name FROM sqlite_master WHERE name='{name}')) WHERE name='{name}'");
            var columns = await ListAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
            lines.Add($"index {index} unique={string.Join("", unique)} ({string.Join(",", columns)})");
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    /// <summary>Removes a database file with its WAL and shared-memory files (a stale WAL would replay into a new file).</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    public static async Task ExecAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync()) result.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return result;
    }
}
