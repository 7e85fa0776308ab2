using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Benchmarks;

/// <summary>The Orders page's server side as partner 1's admin: search per view and term class (with the best
/// hand-written SQL beside it), view switch, paging, details and assignment.</summary>
internal static class OrdersBench
{

    /// <summary>The terms searched, with the class each stands for.</summary>
    private static readonly (string Term, string Class)[] Searches =
    [
        ("4", "SAP id, 1 digit (broad)"), ("46", "SAP id, 2 digits (broad)"), ("4600", "SAP id, 4 digits (broad)"),
        ("4600123", "SAP id, 7 digits (narrow)"), ("4600299997", "SAP id, exact"),
        ("trk", "tracking, prefix only (broad)"), ("trk5", "tracking, 1 digit (broad)"), ("trk51234", "tracking, narrow"),
        ("cpo-1", "customer PO (broad)"), ("cpo-98765", "customer PO, narrow"), ("rpo-4", "reseller PO (broad)"), ("rpo-5555", "reseller PO, narrow"),
        ("2027-0", "expiry-date prefix (broad, old matches)"), ("2027-03-1", "expiry-date prefix (narrow)"),
        ("dental", "account name"), ("harbor", "account name"), ("zzz-none", "no match"),
    ];

    public static async Task RunAsync(BenchHost host, int iterations, int perTerm, string[]? onlyTerms = null, bool warmUp = true)
    {
        var searches = onlyTerms is null ? Searches : Searches.Where(s => onlyTerms.Contains(s.Term)).ToArray();
        await using var scope = host.ScopeFor(BenchUsers.PartnerAdmin);
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var page = new PageRequest(0, 25);
        Console.WriteLine($"## Orders (partner {DemoData.PartnerId}: {await PartnerOrderCountAsync(host):N0} orders)");
        Console.WriteLine();
        // As the console starts (OrderSearchWarmUp is a hosted service there): the search's shapes run once, then the
        // first search is timed on its own (--no-warm-up: the first search of a cold process).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (warmUp) Console.WriteLine($"Start-up warm-up: {await host.Provider.GetRequiredService<OrderSearchWarmUp>().RunAsync()} searches in {clock.Elapsed.TotalMilliseconds:F0} ms");
        clock.Restart();
        await orders.SearchAsync(new OrderQuery(Search: searches[0].Term), page);
        Console.WriteLine($"First search of the process (`{searches[0].Term}`, All view{(warmUp ? ", after the warm-up" : ", no warm-up")}): {clock.Elapsed.TotalMilliseconds:F1} ms");
        Console.WriteLine();

        var all = await PerTermAsync(host, orders, OrderView.All, searches, perTerm);
        var unassigned = await PerTermAsync(host, orders, OrderView.Unassigned, searches, perTerm);
        OrderView[] views = [OrderView.All, OrderView.Unassigned, OrderView.Expiring];
        var viewSwitch = await BenchHost.MeasureAsync(iterations, i => orders.SearchAsync(new OrderQuery(views[i % views.Length]), page));
        var paging = await BenchHost.MeasureAsync(iterations, i => orders.SearchAsync(new OrderQuery(views[i % views.Length]), new PageRequest(25 * (i % 40), 25)));
        var firstPage = await orders.SearchAsync(new OrderQuery(), page);
        var details = await BenchHost.MeasureAsync(iterations, i => orders.GetAsync(firstPage.Items[i % firstPage.Items.Count].Id));

        // The measured ones, the first and ten warm-up assignments, and one for the plans.
        var assignable = await AssignableAsync(host, iterations + 12);
        var activeAccounts = Enumerable.Range(1, DemoData.AccountsOfPartner).Where(a => a is not 8 and not 20).ToArray();
        // An order is assigned once, so the warm-up assigns orders of its own (the ones after the measured ones); the first
        // assignment of the process (compiling the write, the audit entry and the change feed) is timed on its own.
        clock.Restart();
        await orders.AssignAsync(assignable[iterations], activeAccounts[0]);
        var firstAssign = clock.Elapsed.TotalMilliseconds;
        for (var w = 1; w <= 10; w++) await orders.AssignAsync(assignable[iterations + w], activeAccounts[w % activeAccounts.Length]);
        var assign = await BenchHost.MeasureAsync(iterations, i => orders.AssignAsync(assignable[i], activeAccounts[i % activeAccounts.Length]), warmup: 0);

        BenchHost.PrintHeader();
        BenchHost.Print($"search, All view ({searches.Length} terms × {perTerm})", all.Times);
        BenchHost.Print("search, Unassigned view", unassigned.Times);
        BenchHost.Print("view switch All/Unassigned/Expiring", viewSwitch);
        BenchHost.Print("paging through the first 40 pages", paging);
        BenchHost.Print("details of one order", details);
        BenchHost.Print("assign one order (conditional update + audit)", assign);
        Console.WriteLine($"First assignment of the process (before the measured ones): {firstAssign:F1} ms");
        Console.WriteLine();
        PrintPerTerm("All", all.Rows);
        PrintPerTerm("Unassigned", unassigned.Rows);

        await host.PlansAsync("search \"2027-0\" (All view)", () => orders.SearchAsync(new OrderQuery(Search: "2027-0"), page));
        await host.PlansAsync("search \"2027-0\" (Unassigned view)", () => orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "2027-0"), page));
        await host.PlansAsync("search \"46\" (All view)", () => orders.SearchAsync(new OrderQuery(Search: "46"), page));
        await host.PlansAsync("search \"4600123\" (Unassigned view)", () => orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "4600123"), page));
        await host.PlansAsync("search \"4\" (Unassigned view)", () => orders.SearchAsync(new OrderQuery(OrderView.Unassigned, "4"), page));
        await host.PlansAsync("search \"trk\" (All view)", () => orders.SearchAsync(new OrderQuery(Search: "trk"), page));
        await host.PlansAsync("view Unassigned", () => orders.SearchAsync(new OrderQuery(OrderView.Unassigned), page));
        await host.PlansAsync("assign", () => orders.AssignAsync(assignable[^1], activeAccounts[1]));
        await using var connection = host.OpenConnection();
        var hand = new HandWrittenSearch(host.IsPostgres);
        Console.WriteLine("### hand-written search SQL (count; page from the term index; page down the purchase-date index; on SQLite the page value by value)");
        foreach (var sql in new[] { hand.Count(false), hand.PageFromTerms(false), hand.PageFromSortIndex(false) }.Concat(host.IsPostgres ? [] : [hand.PageByValue(false)]))
        {
            Console.WriteLine("```sql");
            Console.WriteLine(sql);
            Console.WriteLine("```");
            await BenchHost.PrintPlanAsync(connection, sql, hand.Parameters(DemoData.PartnerId, "2027-0").Where(p => sql.Contains(p.Name, StringComparison.Ordinal)));
        }
        Console.WriteLine();
    }

    private sealed record TermRow(string Term, string Class, string Matches, double P50, double P95, double P99, double Cpu, double InStatements, int Statements, double Hand, string HandStrategy, double Walk, double ThreadCpu, double HandCpu, Slowest Slowest);

    /// <param name="Gcs">Garbage collections (any generation) that ran during the search.</param>
    private sealed record Slowest(double Ms, double Cpu, double InStatements, int Gcs);

    private static async Task<(double[] Times, List<TermRow> Rows)> PerTermAsync(BenchHost host, OrderService orders, OrderView view, (string Term, string Class)[] searches, int perTerm)
    {
        var page = new PageRequest(0, 25);
        var times = new List<double>();
        var rows = new List<TermRow>();
        await using var connection = host.OpenConnection();
        var handWritten = new HandWrittenSearch(host.IsPostgres);
        foreach (var (term, termClass) in searches)
        {
            var query = new OrderQuery(view, term);
            // Process CPU per search beside the wall time: on a shared machine the wall time is mostly waiting for a
            // core, the CPU time is what the search cost (on PostgreSQL the server's share is not in it).
            await orders.SearchAsync(query, page);
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            host.Statements.Reset();
            var threadCpu = new double[perTerm];
            // The slowest search of the term, taken apart: its thread CPU (little CPU in a long search is waiting for
            // a core or the disk), its time inside statements, and the garbage collections during it.
            Slowest slowest = new(0, 0, 0, 0);
            var sorted = await BenchHost.MeasureAsync(perTerm, async _ =>
            {
                var (wall, cpuStart, inStatementsStart, gcs) = (System.Diagnostics.Stopwatch.StartNew(), ThreadCpu.NowMs(), host.Statements.TotalMs, GC.CollectionCount(0));
                await orders.SearchAsync(query, page);
                if (wall.Elapsed.TotalMilliseconds > slowest.Ms)
                    slowest = new(wall.Elapsed.TotalMilliseconds, ThreadCpu.NowMs() - cpuStart, host.Statements.TotalMs - inStatementsStart, GC.CollectionCount(0) - gcs);
            }, warmup: 0, cpu: threadCpu);
            var inStatements = host.Statements.TotalMs / perTerm;
            var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / perTerm;
            times.AddRange(sorted);
            var statements = await host.CountStatementsAsync(() => orders.SearchAsync(query, page));
            var result = await orders.SearchAsync(query, page);
            var (hand, strategy, walk, handCpu) = await handWritten.MeasureAsync(connection, DemoData.PartnerId, term, view == OrderView.Unassigned, perTerm);
            var row = new TermRow(term, termClass, $"{(result.TotalIsCapped ? ">" : "")}{result.Total}",
                BenchHost.Percentile(sorted, 0.5), BenchHost.Percentile(sorted, 0.95), BenchHost.Percentile(sorted, 0.99), cpu, inStatements, statements, hand, strategy, walk, BenchHost.MedianOf(threadCpu), handCpu, slowest);
            rows.Add(row);
            Console.WriteLine($"  ({view}) {Line(row)}"); // progress: a long run still leaves figures behind
        }
        var all = times.ToArray();
        Array.Sort(all);
        return (all, rows);
    }

    private static void PrintPerTerm(string view, List<TermRow> rows)
    {
        Console.WriteLine($"Search per term, {view} view (hand-written = median of capped count + the faster page query):");
        Console.WriteLine();
        Console.WriteLine("| term | class | matches | p50 ms | p95 ms | p99 ms | CPU ms/search | in statements ms/search | statements | hand-written p50 ms (plan) | ratio p50 | walk-only SQL p50 ms | thread CPU p50 ms: search / hand-written | CPU ratio | slowest: ms, CPU ms, in statements ms, GCs |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows) Console.WriteLine(Line(r));
        Console.WriteLine();
    }

    private static string Line(TermRow r) =>
        $"| `{r.Term}` | {r.Class} | {r.Matches} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.Cpu:F1} | {r.InStatements:F1} | {r.Statements} | {r.Hand:F1} ({r.HandStrategy}) | {r.P50 / Math.Max(0.05, r.Hand):F1}× | {r.Walk:F1} | {r.ThreadCpu:F2} / {r.HandCpu:F2} | {r.ThreadCpu / Math.Max(0.01, r.HandCpu):F1}× | {r.Slowest.Ms:F1}, {r.Slowest.Cpu:F1}, {r.Slowest.InStatements:F1}, {r.Slowest.Gcs} |";

    private static async Task<int> PartnerOrderCountAsync(BenchHost host)
    {
        await using var connection = host.OpenConnection();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM \"PartnerOrders\" WHERE \"PartnerId\" = {DemoData.PartnerId}";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }

    /// <summary>Distinct orders that can be assigned now (ASSIGN status), newest ids first so reruns find fresh ones.</summary>
    private static async Task<List<int>> AssignableAsync(BenchHost host, int count)
    {
        await using var db = await host.Provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        var now = DateTime.UtcNow;
        var ids = await db.Set<PartnerOrder>().Where(o => o.PartnerId == DemoData.PartnerId)
            .Where(OrderStatusRules.Is(OrderStatus.Assign, now, TimeSpan.FromDays(30))).OrderByDescending(o => o.Id).Select(o => o.Id).Take(count).ToListAsync();
        if (ids.Count < count) throw new InvalidOperationException($"Only {ids.Count} assignable orders left; generate a fresh database.");
        return ids;
    }
}
