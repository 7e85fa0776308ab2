using System.Diagnostics;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Browser.Orders;
using ConsoleApp.Tests.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ConsoleApp.Tests.Browser.ScaleOut;

/// <summary>Two console instances (A and B) on one PostgreSQL database and one Redis, as deploy/scale-out.sh runs
/// them; each with its own Chromium. The Redis is private to these tests so one of them can stop it.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public RedisServerProcess Redis { get; } = new();
    public ConsoleServer A { get; private set; } = default!;
    public ConsoleServer B { get; private set; } = default!;
    private string? _database;

    public async Task InitializeAsync()
    {
        if (ExternalServices.SkipReason(ExternalServices.PostgresVariable, ExternalServices.RedisVariable) is not null) return;
        await Redis.StartAsync();
        _database = await PostgresTestDatabases.CreateAsync(template: null);
        string[] shared =
        [
            "--Database:Provider=Postgres",
            $"--ConnectionStrings:Console={PostgresTestDatabases.ConnectionStringFor(_database)}",
            $"--Live:Redis={Redis.Configuration}",
        ];
        A = new ConsoleServer(shared);
        await A.InitializeAsync(); // creates the schema and the demo data, as the first instance of a deployment does
        B = new ConsoleServer(shared);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        Redis.Dispose();
        if (_database is not null) await PostgresTestDatabases.DropAsync(_database);
    }
}

/// <summary>A test that needs both throw-away servers.</summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute() => Skip = ExternalServices.SkipReason(ExternalServices.PostgresVariable, ExternalServices.RedisVariable);
}

public sealed class TwoInstanceTests : IClassFixture<TwoInstances>
{
    private readonly TwoInstances _instances;

    public TwoInstanceTests(TwoInstances instances)
    {
        _instances = instances;
        SetDefaultExpectTimeout(15_000);
    }

    private async Task AddOrderAsync(string sap)
    {
        await using var db = await _instances.A.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        db.ScopeTo(UserContext.System);
        await OrderTestData.AddAsync(db, sap, DateTime.UtcNow.AddDays(120));
    }

    [ScaleOutFact]
    public async Task Assign_OnInstanceA_BrowserOnInstanceB_SeesItWithinOneSecond()
    {
        const string sap = "SCALE-ASSIGN-1";
        await AddOrderAsync(sap);
        var admin = new OrdersPageObject(await _instances.A.SignInAsync("partner.admin@demo.test", $"/orders?q={sap}"));
        var staff = new OrdersPageObject(await _instances.B.SignInAsync("partner.staff@demo.test", $"/orders?view=unassigned&q={sap}"));
        await Expect(staff.Row(sap)).ToContainTextAsync("ASSIGN");
        var marker = await staff.Page.EvaluateAsync<string>("() => (window.__noReload = 'still-here')");

        await admin.AssignButton(sap).ClickAsync();
        await admin.ChooseCompanyAsync("Juniper Schools");
        await admin.ConfirmAssignAsync();
        await Expect(admin.AssignPanel).ToHaveCountAsync(0);
        var committed = Stopwatch.StartNew();

        // Instance B learns it from Redis: the order leaves its Unassigned view without a reload.
        await Expect(staff.Row(sap)).ToHaveCountAsync(0, new() { Timeout = 1_000 });
        Assert.True(committed.ElapsedMilliseconds <= 1_000, $"took {committed.ElapsedMilliseconds} ms");
        Assert.Equal(marker, await staff.Page.EvaluateAsync<string>("() => window.__noReload"));
        await admin.Page.Context.CloseAsync();
        await staff.Page.Context.CloseAsync();
    }

    [ScaleOutFact]
    public async Task SignInCookie_FromInstanceA_IsValidOnInstanceB()
    {
        var page = await _instances.A.SignInAsync("partner.admin@demo.test", "/orders");
        await page.GotoAsync(_instances.B.BaseUrl + "/orders"); // same browser, same cookie, the other instance
        await ConsoleServer.WaitForCircuitAsync(page);
        Assert.DoesNotContain("/login", page.Url, StringComparison.Ordinal);
        await Expect(new OrdersPageObject(page).Heading).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // Both read the one key ring in the database.
        await using var db = await _instances.B.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    [ScaleOutFact]
    public async Task RedisStoppedAndRestarted_PagesStayUp_AndLiveUpdatesResume()
    {
        const string sap = "SCALE-REDIS-1";
        await AddOrderAsync(sap);
        var staff = new OrdersPageObject(await _instances.B.SignInAsync("partner.staff@demo.test", $"/orders?view=unassigned&q={sap}"));
        await Expect(staff.Row(sap)).ToContainTextAsync("ASSIGN");
        var marker = await staff.Page.EvaluateAsync<string>("() => (window.__noReload = 'still-here')");

        _instances.Redis.Stop();
        using var http = new HttpClient { BaseAddress = new Uri(_instances.B.BaseUrl) };
        await Eventually.TrueAsync(() => http.GetStringAsync("/healthz").GetAwaiter().GetResult() == "Degraded", TimeSpan.FromSeconds(15));
        // The page keeps working on its own instance: a new search round-trips through the circuit, no error UI.
        await staff.Search.FillAsync("");
        // Typed only once the cleared search is in the address: a key typed before the clear's own round trip comes
        // back can be overwritten by it.
        await Expect(staff.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^[^?]*(\?(?![^#]*\bq=)[^#]*)?$"));
        await staff.TypeSearchAsync(sap);
        await Expect(staff.Row(sap)).ToContainTextAsync("ASSIGN");
        await Expect(staff.Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        await _instances.Redis.StartAsync();
        await Eventually.TrueAsync(() => http.GetStringAsync("/healthz").GetAwaiter().GetResult() == "Healthy", TimeSpan.FromSeconds(20));

        // A change on instance A reaches the open page on B again.
        await using (var scope = _instances.A.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            db.ScopeTo(UserContext.System);
            var order = await db.Set<PartnerOrder>().SingleAsync(o => o.SapOrderId == sap);
            order.AssignedAccountId = 5;
            await db.SaveChangesAsync();
            _instances.A.Services.GetRequiredService<IChangeNotifier>()
                .Publish(OrderTopics.Orders, order.Id, Tenant.Partner(order.PartnerId), "assigned");
        }
        await Expect(staff.Row(sap)).ToHaveCountAsync(0);
        Assert.Equal(marker, await staff.Page.EvaluateAsync<string>("() => window.__noReload"));
        await staff.Page.Context.CloseAsync();
    }
}
