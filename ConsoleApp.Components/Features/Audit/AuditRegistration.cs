using ConsoleApp.Components.Platform.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Features.Audit;

/// <summary>The audit page reads the platform's audit trail; what the feature adds is its dashboard counter.</summary>
public static class AuditRegistration
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<IDashboardCounter, SignInsTodayCounter>();
        return services;
    }
}
