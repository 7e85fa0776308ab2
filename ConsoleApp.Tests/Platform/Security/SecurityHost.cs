using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>
/// The real console host on an in-memory TestServer with its own seeded database. A request may say which client
/// address it comes from with the <see cref="ClientHeader"/> header (TestServer has no real connection), so
/// per-client rate limits can be tested.
/// </summary>
public class SecurityHost : IAsyncLifetime
{
    public const string ClientHeader = "X-Test-Client";
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"pc-security-{Guid.NewGuid():N}");
    public WebApplication App { get; private set; } = default!;
    public HttpClient Client { get; private set; } = default!;
    public IServiceProvider Services => App.Services;

    /// <summary>Extra command-line settings of a derived fixture.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        App = await ConsoleHost.BuildAsync(
        [
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(Root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(Root, "mail")}",
            $"--AppSuite:LicenceKeyPath={Path.Combine(Root, "licence-key.pem")}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(Root, "logs", "console-.log")}",
            .. Settings,
        ], b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddTransient<IStartupFilter, TestClientAddress>();
        });
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[ClientHeader], out var ip) ? ip : IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
