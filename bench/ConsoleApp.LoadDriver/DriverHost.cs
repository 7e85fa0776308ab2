using ConsoleApp.Components.Platform.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.LoadDriver;

/// <summary>The console itself, in this process (so its meter, heap and CPU time can be read directly), on
/// 127.0.0.1 with a temporary SQLite database and the demo data: the same settings the browser tests start it with,
/// with a short disconnected-circuit retention so a cycle's circuits end soon after its browsers close.</summary>
internal sealed class DriverHost : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pc-load-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app!.Services;
    public LiveMetrics Metrics => Services.GetRequiredService<LiveMetrics>();

    public async Task StartAsync(int retentionSeconds)
    {
        Directory.CreateDirectory(_root);
        _app = await ConsoleHost.BuildAsync(
        [
            "--urls=http://127.0.0.1:0",
            // The console's settings files are copied next to this program; run it from any folder.
            $"--contentRoot={AppContext.BaseDirectory}",
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(_root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(_root, "mail")}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(_root, "logs", "console-.log")}",
            $"--Console:DisconnectedCircuitRetentionSeconds={retentionSeconds}",
            // Every browser signs in from 127.0.0.1.
            "--RateLimits:SignInAttemptsPerWindow=100000",
        ]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}
