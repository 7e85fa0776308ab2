using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>What changed: a topic (e.g. "orders"), the entity id, and the tenant it belongs to ("partner:1").</summary>
public sealed record ChangeEvent(string Topic, string EntityId, string TenantKey, string Action = "changed");

/// <summary>
/// The in-process bus behind the live panels. Services publish after their transaction commits; components
/// subscribe while they are on screen and dispose the subscription with themselves. Handlers run off the
/// publisher's thread so a slow circuit never delays the user who made the change.
/// (One process only: a scale-out would put a backplane behind this same interface.)
/// </summary>
public sealed class ChangeNotifier(ILogger<ChangeNotifier> logger)
{
    private readonly ConcurrentDictionary<long, Subscription> _subscriptions = new();
    private long _nextId;

    public int SubscriberCount => _subscriptions.Count;

    /// <param name="tenantKey">Only events of this tenant reach the handler; null receives every tenant's.</param>
    public IDisposable Subscribe(string topic, string? tenantKey, Func<ChangeEvent, Task> handler)
    {
        var id = Interlocked.Increment(ref _nextId);
        var subscription = new Subscription(this, id, topic, tenantKey, handler);
        _subscriptions[id] = subscription;
        return subscription;
    }

    public void Publish(ChangeEvent change)
    {
        foreach (var s in _subscriptions.Values)
        {
            if (s.Topic != change.Topic || (s.TenantKey is not null && s.TenantKey != change.TenantKey)) continue;
            _ = RunAsync(s, change);
        }
    }

    public void Publish(string topic, object entityId, string tenantKey, string action = "changed") =>
        Publish(new ChangeEvent(topic, Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "", tenantKey, action));

    private async Task RunAsync(Subscription s, ChangeEvent change)
    {
        try
        {
            await Task.Yield();
            await s.Handler(change);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A live subscriber of {Topic} failed", change.Topic);
        }
    }

    private sealed class Subscription(ChangeNotifier owner, long id, string topic, string? tenantKey, Func<ChangeEvent, Task> handler) : IDisposable
    {
        public string Topic { get; } = topic;
        public string? TenantKey { get; } = tenantKey;
        public Func<ChangeEvent, Task> Handler { get; } = handler;
        public void Dispose() => owner._subscriptions.TryRemove(id, out _);
    }
}
