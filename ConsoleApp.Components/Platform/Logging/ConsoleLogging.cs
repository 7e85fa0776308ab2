using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace ConsoleApp.Components.Platform.Logging;

/// <summary>Serilog as the only logger, configured from the "Serilog" section of appsettings.json, with one
/// request log line per HTTP request that names the user, role and tenant.</summary>
public static class ConsoleLogging
{
    public static WebApplicationBuilder AddConsoleLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Serilog.Core.ILogEventEnricher, RequestUserEnricher>();
        // Last, so it escapes what the enrichers before it added too.
        builder.Services.AddSingleton<Serilog.Core.ILogEventEnricher, LogForgingEnricher>();
        // ReadFrom.Services picks up sinks and enrichers registered in DI (the enricher above; tests add a sink).
        // preserveStaticLogger: ILogger<T> writes to this host's logger, not to the process-wide static one (which
        // the last host built would own when several hosts share a process, as in the tests).
        builder.Services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(sp), preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Place after authentication so the request's user is known when the line is written.</summary>
    public static IApplicationBuilder UseConsoleRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // This host's logger rather than the process-wide static one (several hosts share a test process).
            o.Logger = app.ApplicationServices.GetRequiredService<ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                var user = CurrentUser.FromPrincipal(http.User);
                diagnostics.Set(LogProperties.User, user.IsAuthenticated ? user.Email : LogProperties.Anonymous);
                diagnostics.Set(LogProperties.UserId, user.UserId);
                diagnostics.Set(LogProperties.Role, user.Role);
                diagnostics.Set(LogProperties.Tenant, user.TenantKey);
            };
        });
}
