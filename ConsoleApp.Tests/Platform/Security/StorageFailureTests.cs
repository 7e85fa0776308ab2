using System.Net;
using System.Text;
using System.Text.Json;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.Data.Sqlite;

namespace ConsoleApp.Tests.Platform.Security;

public sealed class LowDiskHost : SecurityHost
{
    protected override IEnumerable<string> Settings => ["--Health:MinFreeDiskMegabytes=1000000000000"];
}

/// <summary>A database that cannot be written: /healthz says so, the log names the cause, API callers get a clean
/// 503, and the console recovers by itself once the cause is gone.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StorageFailureTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    private string DatabasePath => Path.Combine(host.Root, "console.db");

    private async Task<(HttpStatusCode Status, string Body)> HealthAsync()
    {
        var response = await host.Client.GetAsync("/healthz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostOrderAsync(string sap)
    {
        var json = JsonSerializer.Serialize(new
        {
            sapOrderId = sap, resellerPoNumber = "RPO-" + sap, resellerSapId = "104233", customerPoNumber = "CPO-" + sap,
            trackingNumber = "TRK-" + sap, product = "MitelOne", licenses = 5, termMonths = 12, purchasedAt = DateTime.UtcNow.AddDays(-1),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/partners/{DemoData.PartnerId}/orders") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(PartnerApiKey.Header, DemoApiKeys.Partner1);
        return await host.Client.SendAsync(request);
    }

    private string Logs() => string.Join("\n", Directory.GetFiles(Path.Combine(host.Root, "logs")).Select(f =>
    {
        using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }));

    [Fact]
    public async Task DatabaseUnwritable_HealthUnhealthy_Api503WithoutDetails_LogNamesCause_RecoversWithoutRestart()
    {
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync());

        using (new UnwritableFile(DatabasePath))
        {
            // Connections opened before keep writing to the WAL until a checkpoint; new ones see the read-only file.
            SqliteConnection.ClearAllPools();
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HealthAsync());

            var failed = await PostOrderAsync("STORAGE-1");
            var body = await failed.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType!.MediaType);
            Assert.Contains(StorageFailures.UserMessage, body);
            Assert.DoesNotContain("   at ", body);
            Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("readonly database", Logs());

        // No restart: within seconds the probe is healthy and the same write goes through.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await HealthAsync()).Status != HttpStatusCode.OK && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync());
        Assert.Equal(HttpStatusCode.Created, (await PostOrderAsync("STORAGE-1")).StatusCode);
    }
}

public sealed class LowDiskTests(LowDiskHost host) : IClassFixture<LowDiskHost>
{
    [Fact]
    public async Task DiskNearlyFull_HealthDegraded()
    {
        var response = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }
}
