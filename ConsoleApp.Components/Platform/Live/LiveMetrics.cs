using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// The live feed's figures, as <see cref="System.Diagnostics.Metrics"/> instruments on the meter
/// <see cref="MeterName"/> (exported through OpenTelemetry when an exporter is configured; docs/OPERATIONS.md names
/// them). Recording costs a few interlocked operations, so it is always on.
/// </summary>
public sealed class LiveMetrics : IDisposable
{
    public const string MeterName = "PartnerConsole.Live";

    private readonly Meter _meter;
    private readonly TimeProvider _clock;
    private readonly Histogram<double> _fanOut;
    private readonly UpDownCounter<long> _circuits;
    private readonly UpDownCounter<long> _subscriptions;
    private readonly Counter<long> _published;
    private readonly Counter<long> _delivered;

    /// <param name="clock">The real clock, not the console's business clock (tests move that one): this measures elapsed time.</param>
    public LiveMetrics(IMeterFactory meters, TimeProvider? clock = null)
    {
        _meter = meters.Create(MeterName);
        _clock = clock ?? TimeProvider.System;
        _fanOut = _meter.CreateHistogram<double>("partner_console.live.fanout.duration", "ms",
            "From a change's publication to a subscribed component having rendered again for it (server side)");
        _circuits = _meter.CreateUpDownCounter<long>("partner_console.circuits.open", "{circuit}", "Interactive circuits open (connected or awaiting reconnection)");
        _subscriptions = _meter.CreateUpDownCounter<long>("partner_console.live.subscriptions", "{subscription}", "Live feed subscriptions of this instance");
        _published = _meter.CreateCounter<long>("partner_console.live.changes", "{change}", "Changes delivered by this instance's feed (its own and other instances')");
        _delivered = _meter.CreateCounter<long>("partner_console.live.deliveries", "{delivery}", "Changes handed to a subscriber");
    }

    /// <summary>This instance's meter: listeners (tests, the load driver) tell it apart from other instances' in one process.</summary>
    public Meter Meter => _meter;

    /// <summary>A meter of its own, for code built without a service container (tests of the feed).</summary>
    public static LiveMetrics Standalone() => new(new StandaloneMeterFactory());

    /// <summary>The moment a change is published: stamped once, carried with it (across instances too).</summary>
    public DateTimeOffset Now() => _clock.GetUtcNow();

    internal void Published(ChangeEvent change, int subscribers)
    {
        _published.Add(1, new KeyValuePair<string, object?>("topic", change.Topic.Name));
        if (subscribers > 0) _delivered.Add(subscribers);
    }

    internal void SubscriptionOpened() => _subscriptions.Add(1);
    internal void SubscriptionClosed() => _subscriptions.Add(-1);
    internal void CircuitOpened() => _circuits.Add(1);
    internal void CircuitClosed() => _circuits.Add(-1);

    /// <summary>A component has rendered again after reloading for <paramref name="change"/> (the oldest of those it
    /// coalesced). Changes without a publication time (made before it was carried) are not counted.</summary>
    public void RenderedAfter(ChangeEvent change)
    {
        if (change.PublishedAt is not { } published) return;
        _fanOut.Record(Math.Max(0, (_clock.GetUtcNow() - published).TotalMilliseconds),
            new KeyValuePair<string, object?>("topic", change.Topic.Name));
    }

    public void Dispose() => _meter.Dispose();

    private sealed class StandaloneMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _created = [];
        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            lock (_created) _created.Add(meter);
            return meter;
        }
        public void Dispose()
        {
            lock (_created) foreach (var m in _created) m.Dispose();
        }
    }
}

/// <summary>
/// The changes one component has received but not yet shown: the oldest is the one a render answers, so a burst the
/// component coalesces into one reload is measured once, from its first change.
/// </summary>
public sealed class LivePendingRender
{
    private readonly Lock _gate = new();
    private ChangeEvent? _oldest;

    public void Received(ChangeEvent change)
    {
        lock (_gate) _oldest ??= change;
    }

    /// <summary>The component has rendered its reloaded data: records the oldest pending change, if any.</summary>
    public void Rendered(LiveMetrics? metrics)
    {
        ChangeEvent? oldest;
        lock (_gate) (oldest, _oldest) = (_oldest, null);
        if (oldest is not null) metrics?.RenderedAfter(oldest);
    }
}

/// <summary>Counts open circuits: from the circuit's start until it ends (after the disconnected-circuit retention
/// when the browser went away without closing it).</summary>
public sealed class LiveCircuitMetricsHandler(LiveMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
