using System.Collections.Concurrent;
using System.Globalization;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>What changed: a topic, the entity id, and the tenant it belongs to.</summary>
public sealed record ChangeEvent(LiveTopic Topic, string EntityId, Tenant Tenant, string Action = "changed")
{
    /// <summary>The action of a <see cref="IsResync"/> event.</summary>
    public const string ResyncAction = "resync";

    /// <summary>Changes may have been missed (the cross-instance feed was interrupted): reload everything shown,
    /// whatever the entity id.</summary>
    public bool IsResync => Action == ResyncAction;

    /// <summary>When it was published (UTC), set by the feed; the fan-out metric measures from here. Carried across
    /// instances, so there it also includes the clock difference between the two servers.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
}

/// <summary>
/// The change feed behind the live panels. Services publish after their transaction commits; components
/// subscribe while they are on screen and dispose the subscription with themselves. An implementation that
/// crosses instances (a pub/sub backplane) goes behind this same contract.
/// </summary>
public interface IChangeNotifier
{
    /// <param name="tenant">Only changes of this tenant reach the handler; null receives every tenant's.</param>
    IDisposable Subscribe(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> handler);

    void Publish(ChangeEvent change);

    /// <summary>This instance's position in the feed now. Take it before reading data that is shown later.</summary>
    LiveStamp Stamp();

    /// <summary>True if a change of <paramref name="topic"/> (for <paramref name="tenant"/>, or any tenant when null)
    /// or a resync arrived after <paramref name="stamp"/>, or the stamp is another instance's (then nobody knows).</summary>
    bool ChangedSince(LiveStamp stamp, LiveTopic topic, Tenant? tenant);
}

public static class ChangeNotifierExtensions
{
    public static void Publish(this IChangeNotifier notifier, LiveTopic topic, object entityId, Tenant tenant, string action = "changed") =>
        notifier.Publish(new ChangeEvent(topic, Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? "", tenant, action));
}

/// <summary>
/// The in-process change feed (one server instance). Handlers run off the publisher's thread so a slow circuit
/// never delays the user who made the change. With <c>Live:Redis</c> set, <see cref="RedisChangeFeed"/> wraps it
/// to reach the other instances.
/// </summary>
public sealed class ChangeNotifier(ILogger<ChangeNotifier> logger, LiveMetrics? metrics = null) : IChangeNotifier
{
    private readonly LiveMetrics? _metrics = metrics;
    private readonly ConcurrentDictionary<long, Subscription> _subscriptions = new();
    private long _nextId;

    // The feed's sequence and where each topic (and topic of a tenant) last changed: one number per pair that ever
    // changed, so bounded by topics times tenants. Stamps compare against them (see LiveStamp).
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private long _sequence;
    private long _resyncedAt;
    private readonly ConcurrentDictionary<(LiveTopic, Tenant), long> _lastOfTenant = new();
    private readonly ConcurrentDictionary<LiveTopic, long> _lastOfTopic = new();

    public int SubscriberCount => _subscriptions.Count;

    public IDisposable Subscribe(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> handler)
    {
        var id = Interlocked.Increment(ref _nextId);
        var subscription = new Subscription(this, id, topic, tenant, handler);
        _subscriptions[id] = subscription;
        _metrics?.SubscriptionOpened();
        return subscription;
    }

    public LiveStamp Stamp() => new(_instance, Interlocked.Read(ref _sequence));

    public bool ChangedSince(LiveStamp stamp, LiveTopic topic, Tenant? tenant)
    {
        if (stamp.Instance != _instance || Interlocked.Read(ref _resyncedAt) > stamp.Sequence) return true;
        var last = tenant is { } t ? _lastOfTenant.GetValueOrDefault((topic, t)) : _lastOfTopic.GetValueOrDefault(topic);
        return last > stamp.Sequence;
    }

    public void Publish(ChangeEvent change)
    {
        change = Stamped(change);
        // Recorded before delivery: a subscriber that checks a stamp right after subscribing either sees this change
        // here or receives it.
        var sequence = Interlocked.Increment(ref _sequence);
        _lastOfTenant.AddOrUpdate((change.Topic, change.Tenant), sequence, (_, old) => Math.Max(old, sequence));
        _lastOfTopic.AddOrUpdate(change.Topic, sequence, (_, old) => Math.Max(old, sequence));
        var delivered = 0;
        foreach (var s in _subscriptions.Values)
        {
            if (s.Topic != change.Topic || (s.Tenant is { } tenant && tenant != change.Tenant)) continue;
            _ = RunAsync(s, change);
            delivered++;
        }
        _metrics?.Published(change, delivered);
    }

    /// <summary>The change with its publication time (kept when it already has one: it came from another instance).</summary>
    public ChangeEvent Stamped(ChangeEvent change) =>
        change.PublishedAt is null ? change with { PublishedAt = PublicationTime() } : change;

    // The real clock, not the console's business clock (tests move that one): publication times measure elapsed time.
    private DateTimeOffset PublicationTime() => _metrics?.Now() ?? TimeProvider.System.GetUtcNow();

    /// <summary>Tells every subscriber to reload: changes of other instances may have been missed.</summary>
    public void Resync()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        InterlockedMax(ref _resyncedAt, sequence);
        var now = PublicationTime();
        foreach (var s in _subscriptions.Values)
            _ = RunAsync(s, new ChangeEvent(s.Topic, "", s.Tenant ?? Tenant.None, ChangeEvent.ResyncAction) { PublishedAt = now });
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (current < value)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }

    private async Task RunAsync(Subscription s, ChangeEvent change)
    {
        try
        {
            await Task.Yield();
            await s.Handler(change);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A live subscriber of {Topic} failed", change.Topic.Name);
        }
    }

    private sealed class Subscription(ChangeNotifier owner, long id, LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> handler) : IDisposable
    {
        public LiveTopic Topic { get; } = topic;
        public Tenant? Tenant { get; } = tenant;
        public Func<ChangeEvent, Task> Handler { get; } = handler;
        public void Dispose()
        {
            // Once: a component may dispose its subscriptions more than once.
            if (owner._subscriptions.TryRemove(id, out _)) owner._metrics?.SubscriptionClosed();
        }
    }
}
