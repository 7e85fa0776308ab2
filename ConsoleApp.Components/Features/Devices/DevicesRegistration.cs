using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsoleApp.Components.Features.Devices;

public static class DevicesRegistration
{
    public static IServiceCollection AddDevicesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
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
