using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.Devices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Hosting;

/// <summary>One line per feature: each feature folder registers its own services, seeders and counters.</summary>
public static class ConsoleFeatures
{
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOrdersFeature(configuration);
        services.AddAccountsFeature(configuration);
        services.AddMarketplaceFeature(configuration);
        services.AddAppSuiteFeature(configuration);
        services.AddDevicesFeature(configuration);
        return services;
    }
}
