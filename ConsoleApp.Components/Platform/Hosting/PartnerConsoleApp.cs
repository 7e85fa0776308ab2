using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Logging;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsoleApp.Components.Platform.Hosting;

public static class PartnerConsoleApp
{
    /// <summary>Brings the database up to date (and seeds demo data on an empty one), then wires the pipeline.</summary>
    public static async Task UsePartnerConsoleAsync<TApp>(this WebApplication app)
    {
        await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        if (app.Configuration.GetValue("Console:SeedDemoData", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
        }

        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseAuthentication();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseAuthorization();
        app.UseConsoleRateLimits();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapConsoleSignOut();
        app.MapConsoleFeatureEndpoints();
        app.MapRazorComponents<TApp>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(PartnerConsoleApp).Assembly);
    }
}
