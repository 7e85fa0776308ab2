using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Features.Dashboard.RoleWidgets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Features.Dashboard;

/// <summary>
/// The dashboard is the one feature that reads other features' rows: every widget's query is read-only, a top-N or
/// an aggregate, and acting always happens through the owning feature (its page, or its own panel shown inline).
/// </summary>
public static class DashboardRegistration
{
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.AddScoped<NeedsAttentionQuery>();
        services.AddScoped<ActivityQuery>();
        services.AddScoped<ChartQueries>();
        services.AddScoped<RoleQueries>();
        return services;
    }
}
