using ConsoleApp.Components.Platform.Data;
using Npgsql;

namespace ConsoleApp.Tests;

/// <summary>
/// Databases on the throw-away PostgreSQL server (<see cref="ExternalServices.Postgres"/>): one per test, copied
/// from a template (<c>CREATE DATABASE ... TEMPLATE</c>, fast) that is migrated and seeded once per test run.
/// </summary>
public static class PostgresTestDatabases
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..12];

    static PostgresTestDatabases()
    {
        ConsoleDatabase.UseUnzonedTimestamps();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // The template of this run; test databases drop themselves.
            try { ExecuteAsync($"DROP DATABASE IF EXISTS \"pc_tpl_{RunId}\" WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { }
        };
    }

    public static string TemplateName => $"pc_tpl_{RunId}";

    /// <summary>The connection string a console uses for <paramref name="database"/>, exactly (with the session
    /// options <see cref="ConsoleDatabase.SerialPlans"/> adds), so clearing its pool closes the console's connections.</summary>
    public static string ConnectionStringFor(string database) =>
        ConsoleDatabase.SerialPlans(new NpgsqlConnectionStringBuilder(ExternalServices.Postgres) { Database = database, MaxPoolSize = 20 }.ToString());

    /// <summary>A new database: a copy of <paramref name="template"/>, or empty.</summary>
    public static async Task<string> CreateAsync(string? template)
    {
        var name = $"pc_t_{RunId}_{Guid.NewGuid():N}"[..48];
        await ExecuteAsync(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(database)));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    /// <summary>Closes the pooled connections of <paramref name="database"/> (a template must have none).</summary>
    public static void ClearPool(string database) => NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(database)));

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ExternalServices.Postgres) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>Runs a theory once per database provider: SQLite always, PostgreSQL when its test server is there
/// (and always under ./test.sh, where a missing server fails the test instead of dropping the case).
/// The provider is the test method's last parameter; <paramref name="values"/> go before it (like InlineData).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AllProvidersAttribute(params object?[] values) : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object?[]> GetData(System.Reflection.MethodInfo testMethod)
    {
        yield return [.. values, DatabaseProvider.Sqlite];
        if (ExternalServices.SkipReason(ExternalServices.PostgresVariable) is null) yield return [.. values, DatabaseProvider.Postgres];
    }
}
