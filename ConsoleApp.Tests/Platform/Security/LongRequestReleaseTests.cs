using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>A circuit's WebSocket request keeps its scope as long as the circuit: the Identity DbContext the stamp
/// check used in it is disposed, other requests keep theirs.</summary>
public sealed class LongRequestReleaseTests
{
    [Fact]
    public async Task WebSocketRequest_IdentityContextDisposed()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.System);
        var http = Request(scope, webSocket: true);
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();
        Assert.True(await db.Users.CountAsync() >= 0);

        await SessionSecurity.ReleaseIdentityContextAsync(http);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => db.Users.CountAsync());
    }

    [Fact]
    public async Task OrdinaryRequest_IdentityContextKept()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(UserContext.System);
        var http = Request(scope, webSocket: false);
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();

        await SessionSecurity.ReleaseIdentityContextAsync(http);

        Assert.True(await db.Users.CountAsync() >= 0);
    }

    private static DefaultHttpContext Request(AsyncServiceScope scope, bool webSocket)
    {
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Features.Set<IHttpWebSocketFeature>(new WebSocketFeature(webSocket));
        return http;
    }

    private sealed class WebSocketFeature(bool isWebSocket) : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => isWebSocket;
        public Task<System.Net.WebSockets.WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new NotSupportedException();
    }
}
