using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace ConsoleApp.LoadDriver;

/// <summary>What one cycle (N circuits) measured.</summary>
internal sealed record CycleResult(
    int Circuits, int Opened, double OpenSeconds, string LoadAverage,
    IReadOnlyList<double> ServerFanOut, int ExpectedMeasurements, IReadOnlyList<double> BrowserSeen, int BrowserMissed, IReadOnlyList<double> PostAnswered,
    UiLatency Ui, IReadOnlyList<FirstPageTiming> FirstPage,
    double CpuMsPerChange, double CpuMsPerChangePerCircuit, double IdleCpuPercent,
    Memory Baseline, Memory Open, Memory AfterClose, long SubscriptionsBaseline, long SubscriptionsOpen, long SubscriptionsAfter,
    long CircuitsAfter, double CloseSeconds, int Wire, double WireBytesPerChangePerCircuit);

/// <summary>
/// One cycle: open N signed-in pages, time UI events on one of them, publish the change stream and collect what the
/// server and the sample browsers saw, close every page, wait for the circuits to end, and compare memory and
/// subscriptions with the baseline taken before the pages opened.
/// </summary>
internal static class Cycle
{
    public static async Task<CycleResult> RunAsync(IBrowser browser, DriverHost host, ServerProbe probe, DriverOptions options, int n, int cycle)
    {
        var baseline = ServerProbe.Measure();
        var quiet0 = ServerProbe.Cpu();
        await Task.Delay(3000);
        Log($"[{n}] CPU with no page open: {(ServerProbe.Cpu() - quiet0).TotalMilliseconds / 30:F0} %");
        var (circuits0, subscriptions0) = (probe.Circuits, probe.Subscriptions);
        Log($"[{n}] baseline: heap {Memory.Mb(baseline.Heap)} MB, RSS {Memory.Mb(baseline.Rss)} MB, circuits {circuits0}, subscriptions {subscriptions0}");

        await HoldAsync(options, n, "before the pages open");
        await using var fleet = new BrowserFleet(browser, host, options);
        await using var wire = new WireFleet();
        var open = Stopwatch.StartNew();
        var inChromium = Math.Min(n, options.ChromiumPages);
        await fleet.OpenAsync(inChromium);
        await wire.OpenAsync(host, options, n - inChromium);
        var opened = fleet.Pages.Count + wire.Opened;
        await WaitAsync(() => probe.Circuits >= circuits0 + opened, TimeSpan.FromSeconds(60));
        Log($"[{n}] {opened} pages open ({fleet.Failed + wire.Failed} failed, {wire.Opened} of them wire circuits) in {open.Elapsed.TotalSeconds:F0} s; circuits {probe.Circuits}, subscriptions {probe.Subscriptions}");
        await Task.Delay(3000);
        var openMemory = ServerProbe.Measure();
        var subscriptionsOpen = probe.Subscriptions;
        await HoldAsync(options, n, "with the pages open");

        using var stream = new ChangeStream(host, options.Page, cycle);
        // One order first, so the search has a term with one match (and warms the ingestion path).
        await stream.PublishAsync(0);
        await Task.Delay(1000);
        var ui = new UiLatency([], []);
        if (options.Page == "orders" && opened > 0 && options.UiRepeats > 0)
            ui = (await fleet.UiLatencyAsync(options.UiRepeats, stream.SapId(0))).Finite();
        var firstPage = options.Page == "orders" && opened > 0 ? await fleet.FirstPageAsync(options.UiRepeats) : [];
        await Task.Delay(2000);

        // Idle CPU with the pages open (keep-alives, timers), subtracted from the stream's: the quietest of three
        // 3-second windows, so pages still finishing their first load do not count as idle cost.
        var idleRate = double.MaxValue;
        for (var w = 0; w < 3; w++)
        {
            var idleCpu0 = ServerProbe.Cpu();
            await Task.Delay(3000);
            idleRate = Math.Min(idleRate, (ServerProbe.Cpu() - idleCpu0).TotalMilliseconds / 3000);
        }
        Log($"[{n}] CPU with the pages open and no change: {idleRate * 100:F0} %");
        probe.TakeFanOut();

        var wire0 = await wire.StatsAsync();
        var cpu0 = ServerProbe.Cpu();
        var wall = Stopwatch.StartNew();
        for (var i = 1; i <= options.Changes; i++)
        {
            var next = wall.Elapsed + TimeSpan.FromMilliseconds(options.IntervalMs);
            await stream.PublishAsync(i);
            var wait = next - wall.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
        }
        // Settled: no new measurement for 2 s (at most 60 s).
        var last = -1;
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(2000);
            if (probe.FanOutCount == last) break;
            last = probe.FanOutCount;
        }
        var streamCpu = (ServerProbe.Cpu() - cpu0).TotalMilliseconds;
        var cpu = streamCpu - idleRate * wall.Elapsed.TotalMilliseconds;
        Log($"[{n}] stream CPU {streamCpu:F0} ms over {wall.Elapsed.TotalMilliseconds:F0} ms");
        var fanOut = probe.TakeFanOut();
        var wire1 = await wire.StatsAsync();
        var wireBytes = wire.Opened == 0 ? double.NaN : (wire1.Bytes - wire0.Bytes) / (double)options.Changes / wire.Opened;
        Log($"[{n}] wire circuits: {wire1.Batches - wire0.Batches} render batches, {wire1.Bytes - wire0.Bytes} bytes over the stream");
        var posted = Enumerable.Range(1, options.Changes).Where(i => i % 2 == 0).Select(stream.SapId).ToList();
        var (seen, missed) = BrowserLatencies(await fleet.SeenAsync(), stream.PostedAt, posted);
        Log($"[{n}] stream: {fanOut.Count} server measurements, browsers saw {seen.Count} (missed {missed}), load {Stats.LoadAverage()}");

        var load = Stats.LoadAverage();
        await fleet.DisposeAsync();
        await wire.DisposeAsync();
        var close = Stopwatch.StartNew();
        await WaitAsync(() => probe.Circuits <= circuits0 && probe.Subscriptions <= subscriptions0, TimeSpan.FromSeconds(options.RetentionSeconds + 60));
        var closeSeconds = close.Elapsed.TotalSeconds;
        await Task.Delay(1000);
        var after = ServerProbe.Measure();
        Log($"[{n}] closed in {closeSeconds:F1} s: circuits {probe.Circuits}, subscriptions {probe.Subscriptions}, heap {Memory.Mb(after.Heap)} MB, RSS {Memory.Mb(after.Rss)} MB");

        return new CycleResult(n, opened, open.Elapsed.TotalSeconds, load,
            fanOut, options.Changes * opened, seen, missed, stream.Answered, ui, firstPage,
            cpu / options.Changes, opened == 0 ? double.NaN : cpu / options.Changes / opened, idleRate * 100,
            baseline, openMemory, after, subscriptions0, subscriptionsOpen, probe.Subscriptions, probe.Circuits - circuits0, closeSeconds, wire.Opened, wireBytes);
    }

    /// <summary>Per sample page and posted order: when the browser showed it, from when its request was sent.</summary>
    private static (List<double> Seen, int Missed) BrowserLatencies(List<Dictionary<string, long>> pages, Dictionary<string, long> postedAt, List<string> posted)
    {
        var seen = new List<double>();
        var missed = 0;
        foreach (var page in pages)
            foreach (var sap in posted)
            {
                if (page.TryGetValue(sap, out var at) && postedAt.TryGetValue(sap, out var sent)) seen.Add(at - sent);
                else missed++;
            }
        return (seen, missed);
    }

    /// <summary>Time to take a heap dump (<c>dotnet-gcdump collect -p PID</c>) at a known point of the cycle.</summary>
    private static async Task HoldAsync(DriverOptions options, int n, string when)
    {
        if (options.HoldSeconds <= 0) return;
        Log($"[{n}] holding {options.HoldSeconds} s {when} (pid {Environment.ProcessId})");
        await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!condition() && sw.Elapsed < timeout) await Task.Delay(100);
    }

    public static void Log(string line) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} {line}"));
}
