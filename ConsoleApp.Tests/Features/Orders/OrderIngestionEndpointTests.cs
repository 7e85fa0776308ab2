using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>The real console host on an in-memory TestServer with its own seeded database.</summary>
public sealed class IngestionHost : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pc-ingest-{Guid.NewGuid():N}");
    public WebApplication App { get; private set; } = default!;
    public HttpClient Client { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        App = await ConsoleHost.BuildAsync(
        [
            "--environment=Development",
            $"--ConnectionStrings:Console=Data Source={Path.Combine(_root, "console.db")}",
            $"--Mail:PickupDirectory={Path.Combine(_root, "mail")}",
            "--Serilog:MinimumLevel:Default=Warning",
            $"--Serilog:WriteTo:1:Args:path={Path.Combine(_root, "logs", "console-.log")}",
        ], b => b.WebHost.UseTestServer());
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}

public sealed class OrderIngestionEndpointTests(IngestionHost host) : IClassFixture<IngestionHost>
{
    private static string Url(int partnerId = DemoData.PartnerId) => $"/api/partners/{partnerId}/orders";

    private static object ValidOrder(string sap) => new
    {
        sapOrderId = sap,
        resellerPoNumber = "RPO-" + sap,
        resellerSapId = "104233",
        customerPoNumber = "CPO-" + sap,
        trackingNumber = "TRK-" + sap,
        product = "MitelOne",
        licenses = 25,
        termMonths = 12,
        purchasedAt = DateTime.UtcNow.AddDays(-2),
    };

    private async Task<HttpResponseMessage> PostAsync(object body, string? key = DemoApiKeys.Partner1, int partnerId = DemoData.PartnerId) =>
        await PostRawAsync(JsonSerializer.Serialize(body), key, partnerId);

    private async Task<HttpResponseMessage> PostRawAsync(string json, string? key = DemoApiKeys.Partner1, int partnerId = DemoData.PartnerId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(partnerId)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add(PartnerApiKey.Header, key);
        return await host.Client.SendAsync(request);
    }

    private async Task<int> CountAsync(string sap)
    {
        await using var db = await host.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        return await db.Set<PartnerOrder>().CountAsync(o => o.SapOrderId == sap);
    }

    [Fact]
    public async Task Post_ValidOrder_Creates201AuditsAndPublishesLive()
    {
        var published = new TaskCompletionSource<ChangeEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = host.App.Services.GetRequiredService<IChangeNotifier>().Subscribe(OrderTopics.Orders, Tenant.Partner(1), e => { published.TrySetResult(e); return Task.CompletedTask; });

        var response = await PostAsync(ValidOrder("API-NEW-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestedOrderResponse>();
        Assert.Equal("API-NEW-1", body!.SapOrderId);
        Assert.Equal("ASSIGN", body.Status);
        Assert.Equal($"/orders?order={body.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(body.Id.ToString(), (await published.Task.WaitAsync(TimeSpan.FromSeconds(5))).EntityId);
        await using var db = await host.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        var stored = await db.Set<PartnerOrder>().SingleAsync(o => o.Id == body.Id);
        Assert.Equal(stored.PurchasedAt.AddMonths(12), stored.ExpiresAt);
        var terms = await db.Set<PartnerOrderSearchTerm>().Where(t => t.OrderId == body.Id).ToListAsync();
        Assert.Contains(terms, t => t.Term == "trk-api-new-1");
        Assert.All(terms, t => Assert.Equal(stored.PurchasedAt, t.PurchasedAt)); // the term index pages newest-first on it
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == OrderTopics.AuditEntity && a.EntityId == body.Id.ToString() && a.Action == "Ingest" && a.PartnerId == 1));
    }

    [Fact]
    public async Task Post_DuplicateSapOrderId_Returns200WithExistingAndStoresOnce()
    {
        var first = await PostAsync(ValidOrder("API-DUP-1"));
        var second = await PostAsync(ValidOrder("API-DUP-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<IngestedOrderResponse>())!.Id, (await second.Content.ReadFromJsonAsync<IngestedOrderResponse>())!.Id);
        Assert.Equal(1, await CountAsync("API-DUP-1"));
    }

    [Fact]
    public async Task Post_SameOrderTwiceAtOnce_StoresOnce()
    {
        var responses = await Task.WhenAll(PostAsync(ValidOrder("API-RACE-1")), PostAsync(ValidOrder("API-RACE-1")));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK], responses.Select(r => r.StatusCode).OrderByDescending(s => (int)s == 201).ToArray());
        Assert.Equal(1, await CountAsync("API-RACE-1"));
    }

    [Fact]
    public async Task Post_BadJson_Returns400ProblemAndStoresNothing()
    {
        var response = await PostRawAsync("{ \"sapOrderId\": \"API-BAD-JSON\", ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("body", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync("API-BAD-JSON"));
    }

    [Fact]
    public async Task Post_WrongType_Returns400NamingField()
    {
        var response = await PostRawAsync("{\"sapOrderId\":\"API-TYPE\",\"licenses\":\"many\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains("licenses", errors.Keys);
    }

    [Fact]
    public async Task Post_MissingFields_Returns400ListingEachField()
    {
        var response = await PostAsync(new { sapOrderId = "API-MISSING", licenses = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["licenses", "product", "purchasedAt", "termMonths", "trackingNumber"], errors.Keys.Order());
        Assert.Equal(0, await CountAsync("API-MISSING"));
    }

    [Fact]
    public async Task Post_NoKey_Returns401()
    {
        var response = await PostAsync(ValidOrder("API-NOKEY"), key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync("API-NOKEY"));
    }

    [Fact]
    public async Task Post_UnknownKey_Returns401()
    {
        var response = await PostAsync(ValidOrder("API-BADKEY"), key: DemoApiKeys.Partner1 + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountAsync("API-BADKEY"));
    }

    [Fact]
    public async Task Post_OtherPartnersKey_Returns403()
    {
        var response = await PostAsync(ValidOrder("API-FOREIGN"), key: DemoApiKeys.Partner2, partnerId: DemoData.PartnerId);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync("API-FOREIGN"));
    }

    [Fact]
    public async Task Post_PerpetualOrder_HasNoExpiry()
    {
        var response = await PostAsync(new { sapOrderId = "API-PERP", trackingNumber = "TRK-PERP", product = "MiTeam Meetings", licenses = 5, perpetual = true, purchasedAt = "2026-01-15" }, DemoApiKeys.Partner2, DemoData.OtherPartnerId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestedOrderResponse>();
        Assert.Null(body!.ExpiresAt);
        Assert.True(body.Perpetual);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }
}
