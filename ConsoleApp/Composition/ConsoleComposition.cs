using ConsoleApp.Components.Platform.Api;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Hosting;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Logging;
using ConsoleApp.Components.Platform.Security;

namespace ConsoleApp.Composition;

/// <summary>The composition root: the platform plus the features, and the order of the request pipeline.
/// Service tests and the benchmark build their service graph with <see cref="AddPartnerConsoleServices"/>,
/// so they run exactly what the host runs.</summary>
public static class ConsoleComposition
{
    public static WebApplicationBuilder AddPartnerConsole(this WebApplicationBuilder builder)
    {
        builder.AddConsolePlatform();
        builder.Services.AddConsoleFeatures(builder.Configuration);
        builder.AddConsoleTelemetry();
        return builder;
    }

    /// <summary>The console's services without the web host's own.</summary>
    public static IServiceCollection AddPartnerConsoleServices(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services.AddConsolePlatformServices(configuration, contentRoot).AddConsoleFeatures(configuration);

    /// <summary>Brings the database up to date (and seeds demo data on an empty one), then wires the pipeline.</summary>
    public static async Task UsePartnerConsoleAsync<TApp>(this WebApplication app)
    {
        await app.PrepareConsoleDatabaseAsync();

        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseConsoleSecurityHeaders();
        // Before everything that writes a body (pages, problems, endpoints): first-party requests get them compressed.
        app.UseConsolePageCompression();
        // Outside the storage-failure middleware, which answers its own 503 problem first.
        app.UseConsoleApiProblems();
        app.UseConsoleStorageFailures();
        // A circuit's WebSocket request authenticates in a scope of its own (ConnectionAuthentication).
        app.UseConsoleAuthentication();
        // After authentication, so each request's log line names its user and tenant.
        app.UseConsoleRequestLogging();
        app.UseAuthorization();
        app.UseConsoleRateLimits();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapConsolePlatformEndpoints();
        app.MapConsoleFeatureEndpoints();
        app.MapRazorComponents<TApp>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(Components.Routes).Assembly);
    }
}
