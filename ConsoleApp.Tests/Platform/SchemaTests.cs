using ConsoleApp.Components.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrate_DatabaseAtVersionOne_UpgradesToSameSchemaAsFreshDatabase()
    {
        await using var fresh = await TestConsole.StartAsync(seed: false);
        await using var upgraded = await TestConsole.StartAsync(seed: false, configure: _ => { });
        // Rebuild the second database as version 1 was shipped, then let the migrator upgrade it.
        SqliteConnection.ClearAllPools();
        File.Delete(upgraded.DatabasePath);
        await using (var v1 = new SqliteConnection($"Data Source={upgraded.DatabasePath}"))
        {
            await v1.OpenAsync();
            await using var cmd = v1.CreateCommand();
            cmd.CommandText = SchemaMigrator.Scripts[0].Sql + "\nPRAGMA user_version = 1;";
            await cmd.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        await upgraded.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();

        Assert.Equal(await DescribeAsync(fresh), await DescribeAsync(upgraded));
        Assert.Equal(SchemaMigrator.LatestVersion, await VersionAsync(upgraded));
        Assert.Equal(SchemaMigrator.LatestVersion, await VersionAsync(fresh));
    }

    [Fact]
    public void Scripts_StartAtOneWithUniqueVersions()
    {
        Assert.Equal(1, SchemaMigrator.Scripts[0].Version);
        Assert.Equal(SchemaMigrator.Scripts.Count, SchemaMigrator.Scripts.Select(s => s.Version).Distinct().Count());
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanBuild_RefusesToStart()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using (var db = await console.SystemDbAsync())
        {
            var tooNew = "PRAGMA user_version = " + (SchemaMigrator.LatestVersion + 1);
            await db.Database.ExecuteSqlRawAsync(tooNew);
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => console.Services.GetRequiredService<SchemaMigrator>().MigrateAsync());
    }

    private static async Task<long> VersionAsync(TestConsole console)
    {
        await using var db = await console.SystemDbAsync();
        await db.Database.OpenConnectionAsync();
        return await SchemaMigrator.UserVersionAsync((SqliteConnection)db.Database.GetDbConnection());
    }

    /// <summary>Tables with their columns (name, type, nullability, default, key) and indexes with their columns,
    /// ignoring column order (ALTER TABLE appends columns where the model would place them elsewhere).</summary>
    private static async Task<string> DescribeAsync(TestConsole console)
    {
        await using var db = await console.SystemDbAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var lines = new List<string>();
        foreach (var table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            foreach (var column in await ListAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || ifnull(dflt_value,'') || ' pk=' || pk FROM pragma_table_info('{table}')"))
                lines.Add($"{table}.{column}");
            foreach (var fk in await ListAsync(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || ifnull(\"to\",'') || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"))
                lines.Add($"{table} fk {fk}");
        }
        foreach (var index in await ListAsync(connection, "SELECT name || ' on ' || tbl_name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%'"))
        {
            var name = index.Split(' ')[0];
            var unique = await ListAsync(connection, $"SELECT \"unique\" FROM pragma_index_list((SELECT tbl_name FROM sqlite_master WHERE name='{name}')) WHERE name='{name}'");
            var columns = await ListAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
            lines.Add($"index {index} unique={string.Join("", unique)} ({string.Join(",", columns)})");
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync()) result.Add(reader.GetValue(0).ToString()!);
        return result;
    }
}
