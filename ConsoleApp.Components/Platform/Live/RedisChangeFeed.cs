using System.Text.Json;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// The cross-instance change feed (<c>Live:Redis</c> set), the <see cref="IChangeNotifier"/> of every instance:
/// a change published here is delivered by the in-process <see cref="ChangeNotifier"/> and sent to a Redis pub/sub
/// channel; changes from other instances arrive from that channel and are delivered locally. Local delivery never
/// waits for Redis, so a Redis outage only stops the cross-instance part; when the connection comes back every
/// subscriber gets a resync so nothing stays stale. Messages carry the sending instance's id, so the publisher's
/// own subscribers are not served twice.
/// </summary>
public sealed class RedisChangeFeed : IChangeNotifier, IHostedService, IAsyncDisposable
{
    /// <summary>How long after a reconnect the resync is sent: Redis restores the subscription just after the
    /// connection, and a change published in between should not fall into the gap.</summary>
    private static readonly TimeSpan ResyncDelay = TimeSpan.FromMilliseconds(300);

    private readonly ChangeNotifier _notifier;
    private readonly ILogger<RedisChangeFeed> _logger;
    private readonly string _configuration;
    private readonly RedisChannel _channel;
    private ConnectionMultiplexer? _redis;
    private int _subscribed;

    public RedisChangeFeed(ChangeNotifier notifier, ILogger<RedisChangeFeed> logger, string configuration, string channel)
    {
        _notifier = notifier;
        _logger = logger;
        _configuration = configuration;
        _channel = RedisChannel.Literal(channel);
    }

    /// <summary>Identifies this process in the messages it sends.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>False while Redis is unreachable: changes then stay within this instance.</summary>
    public bool IsConnected => _redis?.IsConnected == true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(_configuration);
        // Start (and keep running) without Redis: pages work on local changes and /healthz reports Degraded.
        options.AbortOnConnectFail = false;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 3000);
        // Changes published while Redis is down are not queued: the resync after reconnecting replaces them.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "partner-console";

        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
        await TrySubscribeAsync();
        if (!IsConnected) _logger.LogWarning("Redis ({Redis}) is unreachable: live updates stay within this instance until it is back", _configuration);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_redis is not null) await _redis.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null) await _redis.DisposeAsync();
    }

    public IDisposable Subscribe(LiveTopic topic, Tenant? tenant, Func<ChangeEvent, Task> handler) =>
        _notifier.Subscribe(topic, tenant, handler);

    public void Publish(ChangeEvent change)
    {
        // One publication time for both paths, so the other instances measure from the same moment.
        change = _notifier.Stamped(change);
        _notifier.Publish(change);
        Relay(change);
    }

    /// <summary>Changes from other instances are recorded as they arrive here, so a stamp of this instance covers them
    /// too (one that arrives after a read committed before it only makes the check cautious).</summary>
    public LiveStamp Stamp() => _notifier.Stamp();

    public bool ChangedSince(LiveStamp stamp, LiveTopic topic, Tenant? tenant) => _notifier.ChangedSince(stamp, topic, tenant);

    private async Task TrySubscribeAsync()
    {
        if (_redis is null || Interlocked.Exchange(ref _subscribed, 1) == 1) return;
        try
        {
            await _redis.GetSubscriber().SubscribeAsync(_channel, OnMessage);
        }
        catch (RedisException ex)
        {
            // Not connected yet: subscribe once the connection is up.
            Interlocked.Exchange(ref _subscribed, 0);
            _logger.LogDebug(ex, "Subscribing to the change feed failed; retrying after reconnect");
        }
    }

    private void Relay(ChangeEvent change)
    {
        if (_redis is not { IsConnected: true } redis) return;
        try
        {
            var message = JsonSerializer.Serialize(new FeedMessage(InstanceId, change.Topic.Name, change.EntityId, change.Tenant.Key, change.Action, change.PublishedAt));
            redis.GetSubscriber().Publish(_channel, message, CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            _logger.LogDebug(ex, "A change could not be sent to the other instances");
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue value)
    {
        FeedMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<FeedMessage>(value.ToString());
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Ignored a malformed change feed message");
            return;
        }
        if (message is null || message.Instance == InstanceId) return;
        _notifier.Publish(new ChangeEvent(new LiveTopic(message.Topic), message.EntityId, new Tenant(message.TenantKey), message.Action)
        {
            // A message from an instance that does not send it yet gets this instance's arrival time.
            PublishedAt = message.PublishedAt,
        });
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) =>
        _logger.LogWarning("Lost Redis ({ConnectionType}: {FailureType}): live updates stay within this instance until it is back", e.ConnectionType, e.FailureType);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        _logger.LogInformation("Redis is back ({ConnectionType}): resuming the cross-instance live feed", e.ConnectionType);
        _ = ResumeAsync();
    }

    private async Task ResumeAsync()
    {
        try
        {
            await TrySubscribeAsync();
            await Task.Delay(ResyncDelay);
            _notifier.Resync();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Resuming the change feed failed");
        }
    }

    private sealed record FeedMessage(string Instance, string Topic, string EntityId, string TenantKey, string Action, DateTimeOffset? PublishedAt = null);
}
