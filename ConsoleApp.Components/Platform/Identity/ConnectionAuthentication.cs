using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Identity;

/// <summary>
/// Authentication for a request that opens a WebSocket (a circuit's connection) runs in a service scope of its own.
/// Such a request, and its scope, last as long as the circuit. The stamp check of every request
/// (<see cref="SessionSecurity"/>) resolves Identity in the request's scope: user and sign-in managers, the Identity
/// DbContext with its EF services and the user it loaded, a logger per EF category. In the request's own scope all of
/// that stayed for as long as the page was open; in a scope of its own it is released as soon as the user is known. The
/// rest of the request gets its own scope back (the circuit itself has yet another one).
/// </summary>
public static class ConnectionAuthentication
{
    private sealed record Saved(IServiceProvider RequestServices, AsyncServiceScope Scope);

    /// <summary>Authentication (<paramref name="authenticate"/> adds it to the pipeline), in a scope of its own for
    /// WebSocket requests.</summary>
    public static IApplicationBuilder UseConsoleAuthentication(this IApplicationBuilder app, Action<IApplicationBuilder>? authenticate = null)
    {
        app.Use(async (http, next) =>
        {
            if (!OpensWebSocket(http))
            {
                await next(http);
                return;
            }
            var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            http.Items[typeof(Saved)] = new Saved(http.RequestServices, scope);
            http.RequestServices = scope.ServiceProvider;
            try
            {
                await next(http);
            }
            finally
            {
                // Authentication ended the request itself (or failed): give the scope back here.
                await EndAsync(http);
            }
        });
        (authenticate ?? (a => a.UseAuthentication()))(app);
        return app.Use(async (http, next) =>
        {
            await EndAsync(http);
            await next(http);
        });
    }

    private static async ValueTask EndAsync(HttpContext http)
    {
        if (!http.Items.Remove(typeof(Saved), out var entry) || entry is not Saved saved) return;
        http.RequestServices = saved.RequestServices;
        await saved.Scope.DisposeAsync();
    }

    // Asked of the server's upgrade features: the WebSocket feature itself is added later, by the hub's endpoint.
    private static bool OpensWebSocket(HttpContext http) =>
        http.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || http.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true
        || http.WebSockets.IsWebSocketRequest;
}
