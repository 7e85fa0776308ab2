using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Benchmarks;

/// <summary>
/// The dashboard's server time per render for a partner admin of partner 1 (half of all orders): every query the
/// page runs (the counters, "Needs attention", Activity and the three charts), measured one by one and as one
/// render (all of them in a row, as the sum a single circuit waits for at most).
/// </summary>
internal static class DashboardBench
{

    public static async Task RunAsync(BenchHost host, int iterations)
    {
        Console.WriteLine("## Dashboard (partner admin, partner 1)");
        Console.WriteLine();
        var results = new List<(string Name, double[] Times)>();
        await using var scope = host.ScopeFor(BenchUsers.PartnerAdmin);
        var services = scope.ServiceProvider;
        var attention = services.GetRequiredService<NeedsAttentionQuery>();
        var activity = services.GetRequiredService<ActivityQuery>();
        var charts = services.GetRequiredService<ChartQueries>();
        var counters = services.GetServices<IDashboardCounter>().Where(c => c.IsVisibleTo(BenchUsers.PartnerAdmin)).ToList();
        var user = BenchUsers.PartnerAdmin;

        var parts = new List<(string Name, Func<Task> Run)>
        {
            ("needs attention", () => attention.LoadAsync(user)),
            ("activity (last 20)", () => activity.LoadAsync(user)),
            ("chart: expiries per week (12 weeks)", () => charts.ExpiriesPerWeekAsync(user)),
            ("chart: orders per day (30 days)", () => charts.OrdersPerDayAsync(user)),
            ("chart: provisioning outcomes (30 days)", () => charts.ProvisioningOutcomesAsync(user)),
        };
        parts.AddRange(counters.Select(c => ($"counter: {c.Title}", (Func<Task>)(() => c.CountAsync(user, default)))));

        foreach (var (name, run) in parts) results.Add((name, await BenchHost.MeasureAsync(iterations, _ => run())));
        results.Add(("whole dashboard render (all of the above)", await BenchHost.MeasureAsync(Math.Max(10, iterations / 4), async _ =>
        {
            foreach (var (_, run) in parts) await run();
        })));

        BenchHost.PrintHeader();
        foreach (var (name, times) in results) BenchHost.Print(name, times);
        Console.WriteLine();
        foreach (var (name, run) in parts.Take(5)) await host.PlansAsync($"dashboard: {name}", run);
    }
}
