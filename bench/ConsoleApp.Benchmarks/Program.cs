using System.Diagnostics;
using ConsoleApp.Benchmarks;
using ConsoleApp.Benchmarks.Generation;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Server side of every grid and live-panel write, measured through the real services on a generated database.
//   dotnet run -c Release --project bench/ConsoleApp.Benchmarks -- [--db FILE] [--orders N] [--generate-only]
//       [--iterations N] [--per-term N] [--only orders|grids|dashboard]
// --db FILE: reuse FILE when it exists (no generation), otherwise create and generate it there and keep it.
// Without --db a temporary database is generated and deleted afterwards. --orders: partner orders in total
// (default 1,000,000; half of them partner 1's); the other volumes are fixed (see Generation/Volumes).
var options = BenchOptions.Parse(args);
var temporary = options.DatabasePath is null;
var root = Path.Combine(Path.GetTempPath(), $"pc-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(root);
var dbPath = Path.GetFullPath(options.DatabasePath ?? Path.Combine(root, "bench.db"));
var generate = !File.Exists(dbPath);

try
{
    await using (var host = new BenchHost(dbPath, root))
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
            Console.WriteLine($"Generating {volumes} into {dbPath}");
            await new DataGenerator(db.Model, dbPath, volumes).RunAsync();
            SqliteConnection.ClearAllPools();
        }
        if (options.GenerateOnly) return;

        Console.WriteLine($"Benchmark on {dbPath} ({new FileInfo(dbPath).Length / 1048576:N0} MiB), prepared in {setup.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"SQLite {new SqliteConnection().ServerVersion}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {options.Iterations} iterations per measurement, {options.PerTerm} per search term");
        Console.WriteLine();
        if (options.Only is null or "orders") await OrdersBench.RunAsync(host, options.Iterations, options.PerTerm);
        if (options.Only is null or "grids") await GridsBench.RunAsync(host, options.Iterations);
        if (options.Only is null or "dashboard") await DashboardBench.RunAsync(host, options.Iterations);
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    if (temporary) try { Directory.Delete(root, true); } catch (IOException) { }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
