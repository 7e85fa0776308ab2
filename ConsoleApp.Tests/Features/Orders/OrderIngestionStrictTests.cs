using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>The real host with information-level logging captured (the console and file sinks as configured, plus
/// a sink that keeps every event), so tests can see what an API request writes to the log.</summary>
public sealed class LoggedIngestionHost : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"pc-ingest-log-{Guid.NewGuid():N}");
    public WebApplication App { get; private set; } = default!;
    public HttpClient Client { get; private set; } = default!;
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        App = await ConsoleHost.BuildAsync(
        [
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(Root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(Root, "mail")}",
            "--Serilog:MinimumLevel:Default=Information",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(Root, "logs", "console-.log")}",
        ], b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<ILogEventSink>(new Sink(Events));
        });
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    /// <summary>What the file sink wrote (with the configured output template).</summary>
    public string FileLog() => string.Join("\n", Directory.GetFiles(Path.Combine(Root, "logs")).Select(f =>
    {
        using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>Issue 12, point 5: strict JSON, every error as problem+json, repeats answered identically, the
/// duplicate race logged as one information line.</summary>
public sealed class OrderIngestionStrictTests(LoggedIngestionHost host) : IClassFixture<LoggedIngestionHost>
{
    private const string Url = "/api/partners/1/orders";

    private static Dictionary<string, object?> Order(string sap) => new()
    {
        ["sapOrderId"] = sap,
        ["resellerPoNumber"] = "RPO-" + sap,
        ["customerPoNumber"] = "CPO-" + sap,
        ["trackingNumber"] = "TRK-" + sap,
        ["product"] = "MitelOne",
        ["licenses"] = 25,
        ["termMonths"] = 12,
        ["purchasedAt"] = "2026-11-20T10:15:00.1234567Z",
    };

    private static Dictionary<string, object?> With(Dictionary<string, object?> order, string field, object? value)
    {
        order[field] = value;
        return order;
    }

    private Task<HttpResponseMessage> PostAsync(object body) => PostRawAsync(JsonSerializer.Serialize(body));

    private async Task<HttpResponseMessage> PostRawAsync(string json, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        request.Headers.Add(PartnerApiKey.Header, DemoApiKeys.Partner1);
        return await host.Client.SendAsync(request);
    }

    private async Task<int> CountAsync(string sap)
    {
        await using var db = await host.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return await db.Set<PartnerOrder>().CountAsync(o => o.SapOrderId == sap);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, $"{response.Content.Headers.ContentType}: {text}");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static string FieldError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Theory]
    [InlineData("licenses", "25")]
    [InlineData("termMonths", "12")]
    public async Task NumberGivenAsString_400NamingTheField_NothingStored(string field, string value)
    {
        var sap = $"STRICT-STR-{field}";
        var problem = await ProblemAsync(await PostAsync(With(Order(sap), field, value)), HttpStatusCode.BadRequest);
        Assert.Contains("number", FieldError(problem, field));
        Assert.Equal(0, await CountAsync(sap));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(0)]
    public async Task PerpetualWithATerm_400OnTermMonths(int term)
    {
        var sap = $"STRICT-PERP-{term}";
        var order = With(With(Order(sap), "perpetual", true), "termMonths", term);
        var problem = await ProblemAsync(await PostAsync(order), HttpStatusCode.BadRequest);
        Assert.Contains("perpetual", FieldError(problem, "termMonths"));
        Assert.Equal(0, await CountAsync(sap));
    }

    [Theory]
    [InlineData("trackingNumber", "TRK\n[01:02:03 INF] forged", "U+000A")]
    [InlineData("customerPoNumber", "PO-\u202Egnp.exe", "U+202E")]
    [InlineData("resellerPoNumber", "RPO\u0000", "U+0000")]
    [InlineData("product", "Mitel\u200FOne", "U+200F")]
    public async Task ControlOrBidiCharacterInText_400NamingFieldAndCharacter(string field, string value, string named)
    {
        var sap = $"STRICT-CHAR-{field}";
        var problem = await ProblemAsync(await PostAsync(With(Order(sap), field, value)), HttpStatusCode.BadRequest);
        Assert.Contains(named, FieldError(problem, field));
        Assert.Equal(0, await CountAsync(sap));
    }

    [Fact]
    public async Task FieldGivenTwice_400()
    {
        var json = JsonSerializer.Serialize(Order("STRICT-TWICE")).TrimEnd('}') + ",\"licenses\":99999}";
        var problem = await ProblemAsync(await PostRawAsync(json), HttpStatusCode.BadRequest);
        Assert.Contains("more than once", FieldError(problem, "licenses"));
        Assert.Equal(0, await CountAsync("STRICT-TWICE"));
    }

    [Fact]
    public async Task NotJson_415Problem()
    {
        var response = await PostRawAsync("sapOrderId=STRICT-FORM&licenses=1", "application/x-www-form-urlencoded");
        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await CountAsync("STRICT-FORM"));
    }

    [Fact]
    public async Task BodyOverTheLimit_413Problem_WithAndWithoutContentLength()
    {
        var big = JsonSerializer.Serialize(With(Order("STRICT-BIG"), "notes", new string('x', OrdersEndpoints.MaxBodyBytes)));
        await ProblemAsync(await PostRawAsync(big), HttpStatusCode.RequestEntityTooLarge);

        using var chunked = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(big)) };
        chunked.Headers.Add(PartnerApiKey.Header, DemoApiKeys.Partner1);
        await ProblemAsync(await host.Client.SendAsync(chunked), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync("STRICT-BIG"));
    }

    // With the pages' endpoints in the same route table, routing answers a wrong method with 404, not 405.
    [Theory]
    [InlineData("GET", "/api/partners/1/orders", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/partners/abc/orders", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/no-such-api", HttpStatusCode.NotFound)]
    public async Task NoSuchRouteOrMethod_Problem(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");
        await ProblemAsync(await host.Client.SendAsync(request), status);
    }

    [Fact]
    public async Task SameOrderTwice_SameJsonBothTimes_DatesInUtcWithZ()
    {
        var first = await PostAsync(Order("STRICT-SAME"));
        var second = await PostAsync(Order("STRICT-SAME"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstJson = await first.Content.ReadAsStringAsync();
        Assert.Equal(firstJson, await second.Content.ReadAsStringAsync());
        var body = JsonDocument.Parse(firstJson).RootElement;
        Assert.Equal("2026-11-20T10:15:00.123456Z", body.GetProperty("purchasedAt").GetString());
        Assert.Equal("2027-11-20T10:15:00.123456Z", body.GetProperty("expiresAt").GetString());
    }

    [Fact]
    public async Task SameOrderTwiceAtOnce_OneRow_OneInformationLine_NoErrorLogged()
    {
        for (var round = 0; round < 4; round++)
        {
            var sap = $"STRICT-RACE-{round}";
            var before = host.Events.Count;
            var responses = await Task.WhenAll(PostAsync(Order(sap)), PostAsync(Order(sap)));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK], responses.Select(r => r.StatusCode).OrderByDescending(s => s == HttpStatusCode.Created));
            Assert.Equal(1, await CountAsync(sap));
            // TestServer cannot apply a body size limit and says so (Kestrel can); that warning is about the test server.
            var events = host.Events.Skip(before).Where(e => !e.MessageTemplate.Text.Contains("IHttpMaxRequestBodySizeFeature", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Warning || e.Exception is not null);
            var repeats = events.Where(e => e.MessageTemplate.Text.Contains("arrived again", StringComparison.Ordinal)
                && e.Properties["SapOrderId"].ToString() == $"\"{sap}\"").ToList();
            Assert.True(repeats.Count == 1, string.Join("\n", events.Select(e => $"{e.Level} {e.Properties.GetValueOrDefault("SourceContext")} {e.RenderMessage()}")));
            Assert.Equal(LogEventLevel.Information, repeats[0].Level);
        }
    }

    /// <summary>A body sent without Content-Length (chunked), so only counting the bytes can find it too large.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _data;
        public UnknownLengthContent(byte[] data) => (_data, Headers.ContentType) = (data, new MediaTypeHeaderValue("application/json"));
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_data).AsTask();
        protected override bool TryComputeLength(out long length) { length = 0; return false; }
    }
}
