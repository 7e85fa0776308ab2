using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>A circuit's WebSocket request keeps its scope as long as the circuit: what authentication resolves for it
/// (the stamp check's Identity DbContext) lives in a scope that ends with authentication; other requests authenticate
/// in their own scope as before.</summary>
public sealed class ConnectionAuthenticationTests
{
    [Fact]
    public async Task WebSocketRequest_AuthenticatesInAScopeThatEndsWithIt()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.System);
        var seen = await RunAsync(scope, webSocket: true);

        Assert.NotSame(seen.RequestServices, seen.AuthenticationServices);
        Assert.Same(scope.ServiceProvider, seen.RequestServices);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => seen.AuthenticationContext.Users.CountAsync());
        Assert.True(await scope.ServiceProvider.GetRequiredService<ConsoleDbContext>().Users.CountAsync() >= 0);
    }

    [Fact]
    public async Task OrdinaryRequest_AuthenticatesInItsOwnScope()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.System);
        var seen = await RunAsync(scope, webSocket: false);

        Assert.Same(scope.ServiceProvider, seen.AuthenticationServices);
        Assert.Same(scope.ServiceProvider, seen.RequestServices);
        Assert.True(await seen.AuthenticationContext.Users.CountAsync() >= 0);
    }

    private sealed record Seen(IServiceProvider AuthenticationServices, ConsoleDbContext AuthenticationContext, IServiceProvider RequestServices);

    private static async Task<Seen> RunAsync(AsyncServiceScope scope, bool webSocket)
    {
        IServiceProvider? authServices = null, requestServices = null;
        ConsoleDbContext? authContext = null;
        var app = new ApplicationBuilder(scope.ServiceProvider);
        // Stands in for authentication: the stamp check resolves the Identity DbContext from the request's services.
        app.UseConsoleAuthentication(a => a.Use(async (http, next) =>
        {
            authServices = http.RequestServices;
            authContext = http.RequestServices.GetRequiredService<ConsoleDbContext>();
            await next(http);
        }));
        app.Run(http => { requestServices = http.RequestServices; return Task.CompletedTask; });

        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        // What Kestrel tells of an HTTP/1.1 request asking to upgrade (the WebSocket feature comes later, at the hub).
        request.Features.Set<IHttpUpgradeFeature>(new UpgradeFeature(webSocket));
        await app.Build()(request);
        return new Seen(authServices!, authContext!, requestServices!);
    }

    private sealed class UpgradeFeature(bool upgradable) : IHttpUpgradeFeature
    {
        public bool IsUpgradableRequest => upgradable;
        public Task<Stream> UpgradeAsync() => throw new NotSupportedException();
    }
}
