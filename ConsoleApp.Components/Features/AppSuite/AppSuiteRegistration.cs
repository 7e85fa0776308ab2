using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsoleApp.Components.Features.AppSuite;

public static class AppSuiteRegistration
{
    public static IServiceCollection AddAppSuiteFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AppSuiteOptions>().Bind(configuration.GetSection("AppSuite"))
            .PostConfigure<IServiceProvider>((o, sp) =>
            {
                // A relative key path lives under the host's content root, like the database.
                if (Path.IsPathRooted(o.LicenceKeyPath)) return;
                var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                o.LicenceKeyPath = Path.Combine(root, o.LicenceKeyPath);
            });
        services.AddSingleton<LicenceSigner>();
        services.AddSingleton<AppSuiteMailer>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<SiteService>();
        services.AddScoped<VoucherService>();
        services.AddScoped<PortalUserService>();
        services.AddScoped<BulletinService>();
        services.AddSingleton<SwasAlertService>();
        services.AddHostedService(sp => sp.GetRequiredService<SwasAlertService>());
        services.AddScoped<IDemoSeeder, AppSuiteSeeder>();
        services.AddScoped<IDashboardCounter, UnusedVouchersCounter>();
        services.AddScoped<IDashboardCounter, SitesWithoutSwasCounter>();
        return services;
    }
}
