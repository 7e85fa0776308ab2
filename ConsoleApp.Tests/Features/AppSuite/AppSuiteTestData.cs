using ConsoleApp.Components.Platform.Data;
using System.Text;
using System.Text.Json;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Registration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.AppSuite;

internal static class AppSuiteTestData
{
    public static byte[] Request(int siteId = AppSuiteDemo.SampleSiteId, string version = "5.0", string[]? vouchers = null, Guid? requestId = null,
        string fingerprint = "9F2C4E7A1B3D5F60-8A9B0C1D2E3F4051", string? createdAt = null) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            format = LicenceRequestParser.Format,
            formatVersion = 1,
            requestId = (requestId ?? Guid.NewGuid()).ToString("D"),
            siteId,
            productVersion = version,
            machineFingerprint = fingerprint,
            vouchers = vouchers ?? [],
            createdAt = createdAt ?? DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
        }, new JsonSerializerOptions { WriteIndented = true }));

    public static string SamplePath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ConsoleApp.sln"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "docs", "samples", "licence-request.sample.json");
        }
    }

    /// <summary>A console whose licence key lives in its own temp file.</summary>
    public static Task<TestConsole> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, Action<IServiceCollection>? configure = null) =>
        TestConsole.StartAsync(provider, settings: new() { ["AppSuite:LicenceKeyPath"] = Path.Combine(Path.GetTempPath(), $"pc-key-{Guid.NewGuid():N}.pem") }, configure: configure);
}
