using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Hosting;

/// <summary>One line per feature: each feature folder registers its own services, seeders and counters.</summary>
public static class ConsoleFeatures
{
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddDevicesFeature(configuration);
        return services;
    }
}
