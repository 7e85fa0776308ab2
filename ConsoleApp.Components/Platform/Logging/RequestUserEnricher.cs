using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Serilog.Core;
using Serilog.Events;

namespace ConsoleApp.Components.Platform.Logging;

/// <summary>Names the user and tenant on everything logged while an HTTP request runs (API calls, downloads),
/// not only on the request's own line. Circuit events get theirs from <see cref="CircuitLogContextHandler"/>,
/// whose log context wins because properties are only added when absent.</summary>
public sealed class RequestUserEnricher(IHttpContextAccessor http) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory factory)
    {
        if (http.HttpContext?.User is not { } principal) return;
        var user = CurrentUser.FromPrincipal(principal);
        logEvent.AddPropertyIfAbsent(factory.CreateProperty(LogProperties.User, user.IsAuthenticated ? user.Email : LogProperties.Anonymous));
        logEvent.AddPropertyIfAbsent(factory.CreateProperty(LogProperties.Tenant, user.TenantKey));
    }
}
