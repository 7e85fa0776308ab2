using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Platform.Live;

public static class LiveFeedRegistration
{
    /// <summary>Redis channel used when <c>Live:RedisChannel</c> is not set; instances of one deployment share it.</summary>
    public const string DefaultChannel = "partner-console:changes";

    /// <summary>The change feed: in-process, or (<c>Live:Redis</c> set) the Redis feed around it, with a health check.</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        // Not the business clock (TimeProvider), which tests move: the metrics measure real elapsed time.
        services.AddSingleton(sp => new LiveMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, LiveCircuitMetricsHandler>());
        services.AddSingleton<ChangeNotifier>();
        // One read per query and access for the live grids (ServerGrid), whichever feed is behind IChangeNotifier.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SharedReads>();
        var redis = configuration["Live:Redis"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IChangeNotifier>(sp => sp.GetRequiredService<ChangeNotifier>());
            return services;
        }

        var channel = configuration["Live:RedisChannel"] is { Length: > 0 } c ? c : DefaultChannel;
        services.AddSingleton(sp => new RedisChangeFeed(
            sp.GetRequiredService<ChangeNotifier>(), sp.GetRequiredService<ILogger<RedisChangeFeed>>(), redis, channel));
        services.AddSingleton<IChangeNotifier>(sp => sp.GetRequiredService<RedisChangeFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisChangeFeed>());
        services.AddHealthChecks().AddCheck<RedisChangeFeedHealthCheck>("live-feed", HealthStatus.Degraded);
        return services;
    }
}

/// <summary>Degraded (not Unhealthy) without Redis: the instance still serves its users, only the changes made
/// on other instances do not reach them until Redis is back.</summary>
public sealed class RedisChangeFeedHealthCheck(RedisChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.IsConnected
            ? HealthCheckResult.Healthy("Cross-instance live feed connected")
            : HealthCheckResult.Degraded("Redis unreachable: live updates stay within this instance"));
}
