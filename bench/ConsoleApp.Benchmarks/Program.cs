using System.Diagnostics;
using ConsoleApp.Benchmarks;
using ConsoleApp.Benchmarks.Generation;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Data.Postgres;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Server side of every grid and live-panel write, measured through the real services on a generated database.
//   dotnet run -c Release --project bench/ConsoleApp.Benchmarks -- [--db FILE|NAME] [--orders N] [--generate-only]
//       [--iterations N] [--per-term N] [--only orders|grids|dashboard|breakdown] [--provider Sqlite|Postgres] [--postgres CONNECTION]
//       [--terms T1,T2] (orders search: only these of the benchmark's terms, for quick rounds while tuning)
//       [--no-warm-up] (orders: time the first search of a cold process instead of after the start-up warm-up)
//       BENCH_QUERY_LOG=1 (environment): print EF's query compilations (a search should compile only the first time)
// --db: SQLite: reuse FILE when it exists (no generation), otherwise create and generate it there and keep it.
//       PostgreSQL: the same with a database NAME on the server (--postgres, or CONSOLE_BENCH_POSTGRES, e.g. the
//       CONSOLE_TEST_POSTGRES that scripts/test-services.sh prints).
// Without --db a temporary database is generated and deleted afterwards. --orders: partner orders in total
// (default 1,000,000; half of them partner 1's); the other volumes are fixed (see Generation/Volumes).
var options = BenchOptions.Parse(args);
var postgres = options.Provider == DatabaseProvider.Postgres;
var temporary = options.DatabasePath is null;
var root = Path.Combine(Path.GetTempPath(), $"pc-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(root);
string connectionString, target;
bool generate;
if (postgres)
{
    ConsoleDatabase.UseUnzonedTimestamps(); // before Npgsql's first use
    var name = options.DatabasePath ?? $"pc_bench_{Guid.NewGuid():N}"[..24];
    connectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = name, CommandTimeout = 300 }.ToString();
    target = $"PostgreSQL database {name}";
    generate = !await PostgresAdmin.ExistsAsync(options.Postgres!, name);
    if (generate) await PostgresAdmin.ExecuteAsync(options.Postgres!, $"CREATE DATABASE \"{name}\"");
}
else
{
    var dbPath = Path.GetFullPath(options.DatabasePath ?? Path.Combine(root, "bench.db"));
    connectionString = $"Data Source={dbPath}";
    target = dbPath;
    generate = !File.Exists(dbPath);
}

try
{
    await using (var host = new BenchHost(options.Provider, connectionString, root))
    {
        var setup = Stopwatch.StartNew();
        // The console's own database preparation (schema and upgrades), then the demo data, as at start-up.
        await host.Provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (generate)
        {
            await using (var scope = host.Provider.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
            await using var db = await host.Provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            var volumes = Volumes.Full with { PartnerOrders = options.Orders };
            Console.WriteLine($"Generating {volumes} into {target}");
            if (postgres)
            {
                await DataGenerator.GeneratePostgresAsync(db.Model, connectionString, volumes);
                await PostgresSequences.SyncAsync(db); // the generator wrote explicit keys
            }
            else
            {
                await DataGenerator.GenerateSqliteAsync(db.Model, new SqliteConnectionStringBuilder(connectionString).DataSource, volumes);
                SqliteConnection.ClearAllPools();
            }
        }
        if (options.GenerateOnly) return;

        Console.WriteLine($"Benchmark on {target} ({await SizeAsync(host):N0} MiB), prepared in {setup.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"{await VersionAsync(host)}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {options.Iterations} iterations per measurement, {options.PerTerm} per search term");
        Console.WriteLine();
        if (options.Only is null or "orders") await OrdersBench.RunAsync(host, options.Iterations, options.PerTerm, options.Terms, !options.NoWarmUp);
        if (options.Only is null or "grids") await GridsBench.RunAsync(host, options.Iterations);
        if (options.Only is null or "dashboard") await DashboardBench.RunAsync(host, options.Iterations);
        if (options.Only is "breakdown") await SearchCostBreakdown.RunAsync(host, options.Iterations, options.Terms ?? ["4", "4600123", "dental", "zzz-none"]);
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    NpgsqlConnection.ClearAllPools();
    if (temporary)
    {
        try { Directory.Delete(root, true); } catch (IOException) { }
        if (postgres) await PostgresAdmin.ExecuteAsync(options.Postgres!, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static async Task<long> SizeAsync(BenchHost host)
{
    if (!host.IsPostgres) return new FileInfo(new SqliteConnectionStringBuilder(host.ConnectionString).DataSource).Length / 1048576;
    await using var connection = host.OpenConnection();
    await using var cmd = connection.CreateCommand();
    cmd.CommandText = "SELECT pg_database_size(current_database())";
    return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) / 1048576;
}

static async Task<string> VersionAsync(BenchHost host)
{
    await using var connection = host.OpenConnection();
    return (host.IsPostgres ? "PostgreSQL " : "SQLite ") + connection.ServerVersion;
}

/// <summary>Statements on the PostgreSQL server's maintenance database (creating and dropping bench databases).</summary>
internal static class PostgresAdmin
{
    public static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<bool> ExistsAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        cmd.Parameters.AddWithValue("name", database);
        return await cmd.ExecuteScalarAsync() is not null;
    }
}
