using System.Globalization;
using ConsoleApp.LoadDriver;
using Microsoft.Playwright;

// Live fan-out under load: the console in this process, N signed-in pages in headless Chromium, a stream of changes.
//   dotnet run -c Release --project bench/ConsoleApp.LoadDriver -- --circuits 10,50,100 --changes 50 --page orders
// Progress goes to stderr, the result table to stdout. docs/PERFORMANCE.md ("Live fan-out") explains every column.
if (args is ["--wire", var url, var path, var count])
{
    await WireClients.RunAsync(new Uri(url), path, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}
var options = DriverOptions.Parse(args);
await using var host = new DriverHost();
await host.StartAsync(options.RetentionSeconds);
using var probe = new ServerProbe(host.Metrics);
var (playwright, browser) = await CpuPinning.StartBrowsersAsync(options, async () =>
{
    var p = await Playwright.CreateAsync();
    var b = await p.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows"],
    });
    return (p, b);
});
using var playwrightScope = playwright;
await using var browserScope = browser;
Cycle.Log($"console at {host.BaseUrl}, {Environment.ProcessorCount} cores (console on {Cpus(options.ServerCpus)}, browsers on {Cpus(options.BrowserCpus)}), load average {Stats.LoadAverage()}, {options}");

// A short first cycle warms the server (JIT, query plans, page cache) so the first measured N is not the cold one.
await Cycle.RunAsync(browser, host, probe, options with { Changes = 4, UiRepeats = 2, Samples = 1, HoldSeconds = 0 }, 2, cycle: 0);

var results = new List<CycleResult>();
var cycle = 1;
foreach (var n in options.Circuits) results.Add(await Cycle.RunAsync(browser, host, probe, options, n, cycle++));

// Pools (array pools, Kestrel's buffers) let go of what they no longer use after about a minute: measured again
// then, memory still above the first baseline is held by something else.
var first = results.Count > 0 ? results[0].Baseline : null;
Cycle.Log("waiting 75 s for pools to trim");
await Task.Delay(TimeSpan.FromSeconds(75));
var settled = ServerProbe.Measure();
Cycle.Log($"a minute after the last close: heap {Memory.Mb(settled.Heap)} MB, RSS {Memory.Mb(settled.Rss)} MB, circuits {probe.Circuits}, subscriptions {probe.Subscriptions}");

static string Cpus(IReadOnlyList<int>? cpus) => cpus is null ? "any" : "cpu " + string.Join(",", cpus);
string F(double v, string format = "F1") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
string PerCircuit(long open, long baseline, int n) => n == 0 ? "–" : F((open - baseline) / 1024.0 / n, "F0");
Console.WriteLine($"Page {options.Path}, {options.Changes} changes {options.IntervalMs} ms apart (orders posted and assigned in turn), {options.Samples} sample pages, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("| circuits (opened) | open s | load avg | server fan-out p50/p95/max ms (n / expected) | browser sees new order p50/p95/max ms (missed) | order request answered p50/p95/max ms | CPU ms per change | CPU ms per change per circuit | CPU ms per re-render | idle CPU % | wire circuits: render bytes per change per circuit |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in results)
    Console.WriteLine($"| {r.Circuits} ({r.Opened}{(r.Wire > 0 ? $", {r.Wire} wire" : "")}) | {F(r.OpenSeconds, "F0")} | {r.LoadAverage} | {Stats.Summary(r.ServerFanOut)} ({r.ServerFanOut.Count} / {r.ExpectedMeasurements}) | {Stats.Summary(r.BrowserSeen)} ({r.BrowserMissed}) | {Stats.Summary(r.PostAnswered)} | {F(r.CpuMsPerChange)} | {F(r.CpuMsPerChangePerCircuit, "F2")} | {F(r.CpuMsPerChange * r.ExpectedMeasurements / Math.Max(1, r.Opened) / Math.Max(1, r.ServerFanOut.Count), "F1")} | {F(r.IdleCpuPercent, "F0")} | {F(r.WireBytesPerChangePerCircuit, "F0")} |");
Console.WriteLine();
Console.WriteLine("| circuits | view switch p50/p95/max ms | search without the 300 ms typing pause p50/p95/max ms |");
Console.WriteLine("|---|---|---|");
foreach (var r in results)
    Console.WriteLine($"| {r.Circuits} | {Stats.Summary(r.Ui.ViewSwitch)} | {Stats.Summary(r.Ui.Search)} |");
Console.WriteLine();
if (options.Page == "orders")
{
    Console.WriteLine("| circuits | first page: response start p50/p95/max ms | first row in DOM p50/p95/max ms | first row painted p50/p95/max ms | circuit up p50/p95/max ms | row before circuit (n) | HTML transferred / decoded KB |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var r in results)
    {
        var t = r.FirstPage;
        var bytes = t.Count == 0 ? "–" : $"{F(t.Average(x => x.HtmlTransferBytes) / 1024.0)} / {F(t.Average(x => x.HtmlBytes) / 1024.0)}";
        Console.WriteLine($"| {r.Circuits} | {Stats.Summary(t.Select(x => x.ResponseStart).ToList())} | {Stats.Summary(t.Select(x => x.FirstRowInDom).ToList())} | {Stats.Summary(t.Select(x => x.FirstRowPainted).ToList())} | {Stats.Summary(t.Select(x => x.CircuitUp).ToList())} | {t.Count(x => x.RowBeforeCircuit)} of {t.Count} | {bytes} |");
    }
    Console.WriteLine();
}
Console.WriteLine("| circuits | heap base → open → closed MB | heap KB per circuit | GC heap size KB per circuit | RSS base → open → closed MB | RSS KB per circuit | subscriptions base → open → closed | circuits left | closed after s |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (var r in results)
    Console.WriteLine($"| {r.Circuits} | {Memory.Mb(r.Baseline.Heap)} → {Memory.Mb(r.Open.Heap)} → {Memory.Mb(r.AfterClose.Heap)} | {PerCircuit(r.Open.Heap, r.Baseline.Heap, r.Opened)} | {PerCircuit(r.Open.GcHeapSize, r.Baseline.GcHeapSize, r.Opened)} | {Memory.Mb(r.Baseline.Rss)} → {Memory.Mb(r.Open.Rss)} → {Memory.Mb(r.AfterClose.Rss)} | {PerCircuit(r.Open.Rss, r.Baseline.Rss, r.Opened)} | {r.SubscriptionsBaseline} → {r.SubscriptionsOpen} → {r.SubscriptionsAfter} | {r.CircuitsAfter} | {F(r.CloseSeconds)} |");
Console.WriteLine();
if (first is not null)
    Console.WriteLine($"75 s after the last cycle closed: heap {Memory.Mb(settled.Heap)} MB (first baseline {Memory.Mb(first.Heap)}), RSS {Memory.Mb(settled.Rss)} MB (first baseline {Memory.Mb(first.Rss)}), circuits {probe.Circuits}, subscriptions {probe.Subscriptions}");
var marginal = results.Zip(results.Skip(1), (a, b) => (a, b)).Where(p => p.b.Opened > p.a.Opened)
    .Select(p => $"{p.a.Circuits}→{p.b.Circuits}: {F((p.b.CpuMsPerChange - p.a.CpuMsPerChange) / (p.b.Opened - p.a.Opened), "F2")}");
Console.WriteLine($"CPU ms per change for each added circuit (between cycles, without the write's own cost): {string.Join(", ", marginal)}");
Console.WriteLine($"Load average at the end: {Stats.LoadAverage()}");
