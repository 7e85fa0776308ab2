using ConsoleApp.Components.Platform.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser;

/// <summary>
/// The real console host on 127.0.0.1 (a free port) with its own temporary database and demo data, plus one
/// Debian Chromium. Browser tests get fresh, isolated browser contexts (one per simulated user).
/// </summary>
public sealed class ConsoleServer : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pc-browser-{Guid.NewGuid():N}");
    private readonly string[] _extraArgs;
    private WebApplication? _app;

    public ConsoleServer() : this([]) { }

    /// <param name="extraArgs">Settings after the defaults (the last of a key wins), e.g. another database.</param>
    internal ConsoleServer(string[] extraArgs) => _extraArgs = extraArgs;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = default!;
    public IServiceProvider Services => _app!.Services;
    public ChangeNotifier Notifier => Services.GetRequiredService<ChangeNotifier>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _app = await ConsoleHost.BuildAsync(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(_root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(_root, "mail")}",
            "--Serilog:MinimumLevel:Default=Warning",
            "--Console:DisconnectedCircuitRetentionSeconds=3",
            // Open circuits re-check their user every 2 s, so session-end tests need not wait the production 30 s.
            "--Console:SessionRevalidationSeconds=2",
            // Every browser signs in from 127.0.0.1; the per-address sign-in limit has its own HTTP tests.
            "--RateLimits:SignInAttemptsPerWindow=100000",
            // Marketplace: a quick simulated vendor, and provisioned orders stay in Recent long enough to be watched.
            "--Marketplace:SimulatedVendor:ProvisioningDelayMilliseconds=300",
            "--Marketplace:Provisioning:DwellSeconds=120",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(_root, "logs", "console-.log")}",
            .. _extraArgs,
        ]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A new browser context (its own cookies) with a page at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        // Keep a handle on every WebSocket so connection tests can drop the circuit like a network failure would.
        await context.AddInitScriptAsync(@"(() => {
            const Native = window.WebSocket;
            window.__sockets = [];
            window.WebSocket = function (...args) { const s = new Native(...args); window.__sockets.push(s); return s; };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
        })()");
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>A signed-in user's page, waiting until the interactive circuit is up.</summary>
    public async Task<IPage> SignInAsync(string email, string path = "/")
    {
        var page = await OpenAsync($"/login?returnUrl={Uri.EscapeDataString(path)}");
        var login = new LoginPageObject(page);
        await login.SignInAsync(email, Components.Platform.Seeding.DemoData.Password);
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Waits until the interactive circuit is up (set by ConsoleApp.Components.lib.module.js).</summary>
    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.circuit === 'up'");

    /// <summary>Waits until every grid on the page has rendered in the circuit: a click on the prerendered copy of a
    /// row's button is lost.</summary>
    public static async Task WaitForInteractiveGridsAsync(IPage page)
    {
        await WaitForCircuitAsync(page);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('section.pc-grid')].every(g => g.dataset.interactive === 'true')");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ConsoleServer>
{
    public const string Name = "browser";
}
