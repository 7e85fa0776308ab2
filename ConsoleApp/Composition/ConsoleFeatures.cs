using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.Audit;
using ConsoleApp.Components.Features.Dashboard;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Features.Orders;

namespace ConsoleApp.Composition;

/// <summary>Which features the console has: one line each. A feature folder registers its own services,
/// seeders and counters, and maps its own endpoints.</summary>
public static class ConsoleFeatures
{
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOrdersFeature(configuration);
        services.AddAccountsFeature(configuration);
        services.AddMarketplaceFeature(configuration);
        services.AddAppSuiteFeature(configuration);
        services.AddDevicesFeature(configuration);
        services.AddAuditFeature();
        services.AddDashboardFeature(configuration);
        return services;
    }

    /// <summary>The features that expose HTTP endpoints (APIs, file downloads).</summary>
    public static IEndpointRouteBuilder MapConsoleFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrdersEndpoints();
        endpoints.MapAppSuiteEndpoints();
        return endpoints;
    }
}
