using ConsoleApp.Components.Features.Dashboard;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the DI namespace (the usual home of Add* extensions) so ConsoleFeatures needs one line and no using.
namespace Microsoft.Extensions.DependencyInjection;

public static class DevicesRegistration
{
    public static IServiceCollection AddDevicesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OrderWorkflow>();
        services.AddScoped<CatalogService>();
        services.AddScoped<BasketService>();
        services.AddScoped<DeviceOrderService>();
        services.AddScoped<OrderQueryService>();
        services.AddScoped<ApprovalService>();
        services.AddScoped<IDemoSeeder, DevicesSeeder>();
        services.AddScoped<IDashboardCounter, PendingDeviceApprovalsCounter>();
        services.AddScoped<IDashboardCounter, OpenDeviceOrdersCounter>();
        return services;
    }
}
