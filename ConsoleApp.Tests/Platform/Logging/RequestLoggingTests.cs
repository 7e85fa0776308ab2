using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using ConsoleApp.Components.Platform.Logging;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ConsoleApp.Tests.Platform.Logging;

/// <summary>The real host on a TestServer: a signed-in request's log line names its user, role and tenant.</summary>
public sealed partial class RequestLoggingTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pc-log-{Guid.NewGuid():N}");
    private readonly CapturingSink _sink = new();
    private WebApplication _app = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _app = await ConsoleHost.BuildAsync(
        [
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(_root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(_root, "mail")}",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(_root, "logs", "console-.log")}",
        ], b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<ILogEventSink>(_sink);
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    [Fact]
    public async Task SignedInRequest_RequestLogEvent_CarriesUserRoleAndTenant()
    {
        using var client = new HttpClient(new CookieContainerHandler { InnerHandler = _app.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        await SignInAsync(client, "partner.admin@demo.test");

        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = await WaitForRequestLineAsync("/healthz");
        var all = string.Join(", ", line.Properties.Select(p => $"{p.Key}={p.Value}"));
        Assert.True(Scalar(line, LogProperties.User) == "partner.admin@demo.test", all);
        Assert.True(Scalar(line, LogProperties.Role) == Roles.PartnerAdmin, all);
        Assert.Equal($"partner:{DemoData.PartnerId}", Scalar(line, LogProperties.Tenant));
        Assert.False(string.IsNullOrEmpty(Scalar(line, LogProperties.UserId)));
    }

    [Fact]
    public async Task AnonymousRequest_RequestLogEvent_NamesAnonymous()
    {
        using var client = _app.GetTestClient();
        using var response = await client.GetAsync("/healthz");

        var line = await WaitForRequestLineAsync("/healthz");
        Assert.Equal(LogProperties.Anonymous, Scalar(line, LogProperties.User));
        Assert.Equal("none", Scalar(line, LogProperties.Tenant));
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/login");
        var fields = InputPattern().Matches(form)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToDictionary(f => f.Name, f => f.Value);
        foreach (var name in fields.Keys.ToList())
        {
            if (name.EndsWith(".Email", StringComparison.Ordinal)) fields[name] = email;
            if (name.EndsWith(".Password", StringComparison.Ordinal)) fields[name] = DemoData.Password;
        }
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(fields));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PartnerConsole.Auth=", StringComparison.Ordinal));
    }

    private async Task<LogEvent> WaitForRequestLineAsync(string path)
    {
        LogEvent? found = null;
        await Eventually.TrueAsync(() =>
        {
            found = _sink.Events.LastOrDefault(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"");
            return found is not null;
        });
        return found!;
    }

    private static string? Scalar(LogEvent e, string property) =>
        e.Properties.TryGetValue(property, out var v) && v is ScalarValue { Value: var value } ? value?.ToString() : null;

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"(?:[^>]*value=\"(?<value>[^\"]*)\")?", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
