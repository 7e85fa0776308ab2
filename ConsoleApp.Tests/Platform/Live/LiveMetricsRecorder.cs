using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ConsoleApp.Components.Platform.Live;

namespace ConsoleApp.Tests.Platform.Live;

/// <summary>Listens to one <see cref="LiveMetrics"/> instance (tests run in parallel, each console with its own meter
/// of the same name) and keeps every measurement.</summary>
public sealed class LiveMetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value)> _measurements = new();

    public LiveMetricsRecorder(LiveMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((i, v, _, _) => _measurements.Enqueue((i.Name, v)));
        _listener.SetMeasurementEventCallback<long>((i, v, _, _) => _measurements.Enqueue((i.Name, v)));
        _listener.Start();
    }

    public IReadOnlyList<double> Values(string instrument) => _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value).ToList();

    /// <summary>An up/down counter's or counter's value since the recorder started.</summary>
    public double Sum(string instrument) => Values(instrument).Sum();

    public void Dispose() => _listener.Dispose();
}
