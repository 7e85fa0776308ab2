using System.Data.Common;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// Where the time of one search goes (<c>--only breakdown</c>), as thread CPU ms (medians; the machine may be shared):
/// the whole service call; a context with its connection opened and closed (the connection set-up's pragmas
/// included); the service's own statements sent by hand, prepared anew each time (as EF does), on a connection of the
/// console's (its pragmas: memory-mapped reads) and on a plain one, and prepared once and re-executed. The service
/// minus its statements by hand is what EF and the service add per search.
/// </summary>
internal static class SearchCostBreakdown
{

    public static async Task RunAsync(BenchHost host, int iterations, string[] terms)
    {
        await using var scope = host.ScopeFor(BenchUsers.PartnerAdmin);
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var factory = host.Provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var page = new PageRequest(0, 25);
        Console.WriteLine("## Search cost breakdown (thread CPU ms, medians)");
        Console.WriteLine();
        Console.WriteLine("| view | term | statements | service (wall) | service | context + connection | statements by hand | same on a plain connection | prepared once |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var open = Cpu();
        await BenchHost.MeasureAsync(iterations, async _ =>
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
        }, cpu: open);
        await using var consoleDb = await factory.CreateDbContextAsync();
        await consoleDb.Database.OpenConnectionAsync();
        var consoleConnection = consoleDb.Database.GetDbConnection();
        await using var plain = host.OpenConnection();
        foreach (var view in new[] { OrderView.All, OrderView.Unassigned })
            foreach (var term in terms)
            {
                var query = new OrderQuery(view, term);
                var service = Cpu();
                var wall = await BenchHost.MeasureAsync(iterations, _ => orders.SearchAsync(query, page), cpu: service);
                lock (host.Capture.Commands) host.Capture.Commands.Clear();
                host.Capture.Enabled = true;
                await orders.SearchAsync(query, page);
                host.Capture.Enabled = false;
                var statements = host.Capture.Commands.Where(c => !c.Sql.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)).ToList();
                async Task<double[]> ByHandAsync(DbConnection connection)
                {
                    var cpu = Cpu();
                    await BenchHost.MeasureAsync(iterations, async _ =>
                    {
                        foreach (var (sql, parameters) in statements)
                        {
                            await using var cmd = Command(connection, sql, parameters);
                            await ReadAllAsync(cmd);
                        }
                    }, cpu: cpu);
                    return cpu;
                }
                var byHand = await ByHandAsync(consoleConnection);
                var onPlain = await ByHandAsync(plain);
                var prepared = statements.Select(s => Command(consoleConnection, s.Sql, s.Parameters)).ToList();
                foreach (var cmd in prepared) cmd.Prepare();
                var once = Cpu();
                await BenchHost.MeasureAsync(iterations, async _ =>
                {
                    foreach (var cmd in prepared) await ReadAllAsync(cmd);
                }, cpu: once);
                foreach (var cmd in prepared) await cmd.DisposeAsync();
                Console.WriteLine($"| {view} | `{term}` | {statements.Count} | {Median(wall):F2} | {Median(service):F2} | {Median(open):F2} | {Median(byHand):F2} | {Median(onPlain):F2} | {Median(once):F2} |");
            }
        Console.WriteLine();
        double[] Cpu() => new double[iterations];
    }

    private static double Median(double[] sorted) => BenchHost.Percentile(sorted.Where(double.IsFinite).DefaultIfEmpty(double.NaN).ToArray(), 0.5);

    private static DbCommand Command(DbConnection connection, string sql, List<(string Name, object? Value)> parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) BenchHost.AddParameter(cmd, name, value);
        return cmd;
    }

    private static async Task ReadAllAsync(DbCommand cmd)
    {
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { }
    }
}
