using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Security;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Hosting;

/// <summary>The platform's part of the running application; the host decides the order.</summary>
public static class PartnerConsoleApp
{
    /// <summary>Brings the database up to date and seeds demo data on an empty one.</summary>
    public static async Task PrepareConsoleDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (ConsoleDatabase.ProviderFrom(app.Configuration) == DatabaseProvider.Sqlite)
            FilePermissions.RestrictDatabaseFiles(ConsoleDatabase.ResolveSqliteConnectionString(app.Configuration, app.Environment.ContentRootPath));
        if (app.Configuration.GetValue("Console:SeedDemoData", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeedRunner>().SeedAsync();
        }
    }

    /// <summary>Health check and sign-out.</summary>
    public static IEndpointRouteBuilder MapConsolePlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz").AllowAnonymous();
        endpoints.MapConsoleSignOut();
        return endpoints;
    }
}
