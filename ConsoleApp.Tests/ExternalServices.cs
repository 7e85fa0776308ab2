using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConsoleApp.Tests;

/// <summary>
/// PostgreSQL and Redis for the scale-out tests. <c>./test.sh</c> starts throw-away servers
/// (scripts/test-services.sh), exports <c>CONSOLE_TEST_POSTGRES</c> / <c>CONSOLE_TEST_REDIS</c> and sets
/// <c>CONSOLE_TEST_REQUIRE_SERVICES=1</c>: then a test whose server is missing FAILS. A developer running
/// <c>dotnet test</c> without them (and without that flag) sees those tests skipped instead.
/// </summary>
public static class ExternalServices
{
    public const string PostgresVariable = "CONSOLE_TEST_POSTGRES";
    public const string RedisVariable = "CONSOLE_TEST_REDIS";
    public const string RequireVariable = "CONSOLE_TEST_REQUIRE_SERVICES";

    public static string Postgres => Get(PostgresVariable);
    public static string Redis => Get(RedisVariable);

    public static bool Has(string variable) => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable));

    private static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    internal static string? SkipReason(params string[] variables) =>
        Required || variables.All(Has) ? null
            : $"{string.Join(" and ", variables.Where(v => !Has(v)))} not set: run ./test.sh (it starts throw-away servers)";

    private static string Get(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{variable} is not set but {RequireVariable}=1: the test servers did not start (see scripts/test-services.sh).");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs the throw-away Redis.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute() => Skip = ExternalServices.SkipReason(ExternalServices.RedisVariable);
}

/// <summary>A test that needs the throw-away PostgreSQL.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = ExternalServices.SkipReason(ExternalServices.PostgresVariable);
}

/// <summary>A private redis-server that a test may stop and start again on the same port (an outage), so the
/// shared test server stays up for the other tests.</summary>
public sealed class RedisServerProcess : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"pc-redis-{Guid.NewGuid():N}");
    private Process? _process;

    public int Port { get; } = ExternalServices.FreePort();
    public string Configuration => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_dir);
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _dir])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on {Port}");
    }

    public void Stop()
    {
        if (_process is null) return;
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
