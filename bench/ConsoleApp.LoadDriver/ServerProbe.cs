using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.LoadDriver;

/// <summary>What the driver reads from the server it hosts: the live metrics (through a listener on that instance's
/// meter), the managed heap, the resident set and the process CPU time.</summary>
internal sealed class ServerProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<double> _fanOut = new();
    private long _circuits;
    private long _subscriptions;
    private long _deliveries;

    public ServerProbe(LiveMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((i, v, _, _) =>
        {
            if (i.Name == "partner_console.live.fanout.duration") _fanOut.Enqueue(v);
        });
        _listener.SetMeasurementEventCallback<long>((i, v, _, _) =>
        {
            switch (i.Name)
            {
                case "partner_console.circuits.open": Interlocked.Add(ref _circuits, v); break;
                case "partner_console.live.subscriptions": Interlocked.Add(ref _subscriptions, v); break;
                case "partner_console.live.deliveries": Interlocked.Add(ref _deliveries, v); break;
            }
        });
        _listener.Start();
    }

    public long Circuits => Interlocked.Read(ref _circuits);
    public long Subscriptions => Interlocked.Read(ref _subscriptions);
    public long Deliveries => Interlocked.Read(ref _deliveries);
    public int FanOutCount => _fanOut.Count;

    /// <summary>The fan-out measurements so far, and a fresh start.</summary>
    public List<double> TakeFanOut()
    {
        var taken = new List<double>();
        while (_fanOut.TryDequeue(out var v)) taken.Add(v);
        return taken;
    }

    public static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }

    /// <summary>Managed heap after a full blocking, compacting collection (what is really held), the GC's own heap
    /// size, and the resident set.</summary>
    public static Memory Measure()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var p = Process.GetCurrentProcess();
        return new Memory(heap, info.HeapSizeBytes, p.WorkingSet64);
    }

    public void Dispose() => _listener.Dispose();
}

internal sealed record Memory(long Heap, long GcHeapSize, long Rss)
{
    public static string Mb(double bytes) => $"{bytes / 1024 / 1024:F1}";
}
