using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Features.Marketplace;

public static class MarketplaceRegistration
{
    public static IServiceCollection AddMarketplaceFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SimulatedVendorOptions>(configuration.GetSection(SimulatedVendorOptions.Section));
        services.Configure<ProvisioningOptions>(configuration.GetSection(ProvisioningOptions.Section));
        services.AddSingleton<IProvisioningConnector, SimulatedVendorConnector>();
        services.AddSingleton<ProvisioningSignal>();
        services.AddSingleton<ProvisioningWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ProvisioningWorker>());
        services.AddScoped<CustomerScopeResolver>();
        services.AddScoped<MarketplaceQueries>();
        services.AddScoped<MarketplaceOrderService>();
        services.AddScoped<IDemoSeeder, MarketplaceSeeder>();
        services.AddScoped<IDashboardCounter, MarketplaceProvisioningCounter>();
        return services;
    }
}
