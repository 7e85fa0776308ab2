using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Features.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<AccountQueryService>();
        services.AddScoped<AccountEditService>();
        services.AddScoped<SupportContactService>();
        services.AddScoped<IDashboardCounter, ActiveAccountsCounter>();
        services.AddScoped<AccountLifecycleService>();
        services.AddScoped<IDemoSeeder, AccountsSeeder>();
        return services;
    }
}
