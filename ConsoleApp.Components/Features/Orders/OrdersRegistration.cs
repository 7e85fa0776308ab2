using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsoleApp.Components.Features.Orders;

public static class OrdersRegistration
{
    public static IServiceCollection AddOrdersFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OrdersOptions>(configuration.GetSection(OrdersOptions.Section));
        services.AddScoped<OrderService>();
        services.AddScoped<OrderIngestionService>();
        services.AddScoped<OrdersOfAccount>();
        services.AddScoped<IAccountDeletionParticipant>(sp => sp.GetRequiredService<OrdersOfAccount>());
        services.AddScoped<IAccountSubscriptionSource>(sp => sp.GetRequiredService<OrdersOfAccount>());
        services.AddSingleton<OrderExpirySweep>();
        services.AddHostedService<OrderExpiryMonitor>();
        services.AddSingleton<OrderSearchWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<OrderSearchWarmUp>());
        services.AddScoped<IDemoSeeder, OrdersSeeder>();
        services.AddScoped<IDashboardCounter, UnassignedOrdersCounter>();
        services.AddScoped<IDashboardCounter, ExpiringOrdersCounter>();
        return services;
    }
}
