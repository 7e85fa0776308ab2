using System.Collections.Concurrent;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Tests.Platform.Live;

/// <summary>Two "instances" (two service providers) sharing one real Redis, as two console processes would.</summary>
public sealed class RedisChangeFeedTests
{
    private static readonly LiveTopic Orders = new("orders");

    [RedisFact]
    public async Task Publish_OnOneInstance_ReachesSubscribersOfBoth_Once()
    {
        var channel = $"test:{Guid.NewGuid():N}";
        await using var a = await Instance.StartAsync(ExternalServices.Redis, channel);
        await using var b = await Instance.StartAsync(ExternalServices.Redis, channel);
        await FeedFlowsAsync(from: a, to: b);
        var onA = new ConcurrentQueue<ChangeEvent>();
        var onB = new ConcurrentQueue<ChangeEvent>();
        using var sa = a.Notifier.Subscribe(Orders, Tenant.Partner(1), e => { onA.Enqueue(e); return Task.CompletedTask; });
        using var sb = b.Notifier.Subscribe(Orders, Tenant.Partner(1), e => { onB.Enqueue(e); return Task.CompletedTask; });

        a.Notifier.Publish(Orders, 42, Tenant.Partner(1), "assigned");
        b.Notifier.Publish(Orders, 7, Tenant.Partner(2), "assigned"); // another tenant: reaches nobody here

        await Eventually.TrueAsync(() => onB.Count == 1);
        await Task.Delay(300); // a second (echoed) delivery would arrive by now
        Assert.Equal(("42", "assigned"), (onB.Single().EntityId, onB.Single().Action));
        Assert.Equal("42", Assert.Single(onA).EntityId);
        // The publication time travels with the change, so B measures its fan-out from A's moment.
        Assert.NotNull(onA.Single().PublishedAt);
        Assert.Equal(onA.Single().PublishedAt, onB.Single().PublishedAt);
    }

    [RedisFact]
    public async Task RedisOutage_Degrades_LocalDeliveryContinues_ThenResumesWithResync()
    {
        using var redis = new RedisServerProcess();
        await redis.StartAsync();
        var channel = $"test:{Guid.NewGuid():N}";
        await using var a = await Instance.StartAsync(redis.Configuration, channel);
        await using var b = await Instance.StartAsync(redis.Configuration, channel);
        var onA = new ConcurrentQueue<ChangeEvent>();
        var onB = new ConcurrentQueue<ChangeEvent>();
        using var sa = a.Notifier.Subscribe(Orders, Tenant.Partner(1), e => { onA.Enqueue(e); return Task.CompletedTask; });
        using var sb = b.Notifier.Subscribe(Orders, Tenant.Partner(1), e => { onB.Enqueue(e); return Task.CompletedTask; });
        Assert.Equal(HealthStatus.Healthy, await a.HealthAsync());

        redis.Stop();
        await EventuallyAsync(async () => await a.HealthAsync() == HealthStatus.Degraded);
        a.Notifier.Publish(Orders, 1, Tenant.Partner(1));
        await Eventually.TrueAsync(() => onA.Any(e => e.EntityId == "1")); // still delivered within the instance

        await redis.StartAsync();
        await EventuallyAsync(async () => await a.HealthAsync() == HealthStatus.Healthy, TimeSpan.FromSeconds(15));
        // Both instances tell their subscribers to reload what they show (B missed change 1).
        await Eventually.TrueAsync(() => onB.Any(e => e.IsResync) && onA.Any(e => e.IsResync), TimeSpan.FromSeconds(10));
        await EventuallyAsync(async () => await b.HealthAsync() == HealthStatus.Healthy, TimeSpan.FromSeconds(15));

        a.Notifier.Publish(Orders, 2, Tenant.Partner(1));
        await Eventually.TrueAsync(() => onB.Any(e => e.EntityId == "2"), TimeSpan.FromSeconds(5));
    }

    [RedisFact]
    public async Task RedisDownAtStart_InstanceStartsDegraded_AndJoinsWhenRedisComes()
    {
        using var redis = new RedisServerProcess(); // not started yet
        var channel = $"test:{Guid.NewGuid():N}";
        await using var a = await Instance.StartAsync(redis.Configuration, channel);
        Assert.Equal(HealthStatus.Degraded, await a.HealthAsync());

        await redis.StartAsync();
        await using var b = await Instance.StartAsync(redis.Configuration, channel);
        var onB = new ConcurrentQueue<ChangeEvent>();
        using var sb = b.Notifier.Subscribe(Orders, null, e => { onB.Enqueue(e); return Task.CompletedTask; });
        await EventuallyAsync(async () => await a.HealthAsync() == HealthStatus.Healthy, TimeSpan.FromSeconds(15));
        await Task.Delay(500); // A's subscription follows its connection
        a.Notifier.Publish(Orders, 3, Tenant.Partner(1));
        await Eventually.TrueAsync(() => onB.Any(e => e.EntityId == "3"));
    }

    /// <summary>Waits until a change published on <paramref name="from"/> reaches <paramref name="to"/>, on a topic of its
    /// own: on a busy machine the Redis connection may come up (and the instance subscribe) after it has started.</summary>
    private static async Task FeedFlowsAsync(Instance from, Instance to)
    {
        var probe = new LiveTopic("probe");
        var arrived = 0;
        using var _ = to.Notifier.Subscribe(probe, Tenant.Partner(1), _ => { Interlocked.Exchange(ref arrived, 1); return Task.CompletedTask; });
        await EventuallyAsync(async () =>
        {
            if (Volatile.Read(ref arrived) == 1) return true;
            from.Notifier.Publish(probe, 0, Tenant.Partner(1), "probe");
            await Task.Delay(50);
            return Volatile.Read(ref arrived) == 1;
        }, TimeSpan.FromSeconds(15));
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition() && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(await condition(), "condition not met in time");
    }

    /// <summary>The live-update services of one console instance.</summary>
    private sealed class Instance(ServiceProvider services) : IAsyncDisposable
    {
        public IChangeNotifier Notifier => services.GetRequiredService<IChangeNotifier>();

        public static async Task<Instance> StartAsync(string redis, string channel)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Live:Redis"] = redis,
                ["Live:RedisChannel"] = channel,
            }).Build();
            var services = new ServiceCollection()
                .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
                .AddLiveUpdates(configuration)
                .BuildServiceProvider();
            await services.GetRequiredService<RedisChangeFeed>().StartAsync(default);
            return new Instance(services);
        }

        public async Task<HealthStatus> HealthAsync() =>
            (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status;

        public async ValueTask DisposeAsync()
        {
            await services.GetRequiredService<RedisChangeFeed>().StopAsync(default);
            await services.DisposeAsync();
        }
    }
}
