using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Features.Orders;
using Microsoft.EntityFrameworkCore;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Tests.Features.Dashboard;

public sealed class ChartQueriesTests
{
    private static async Task<ChartFigures> RunAsync(TestConsole console, UserContext user, Func<ChartQueries, Task<ChartFigures>> chart)
    {
        await using var scope = console.As(user);
        return await chart(console.Get<ChartQueries>(scope));
    }

    private static int At(ChartFigures figures, DateTime day, int series) =>
        figures.Buckets.Single(b => b.Start <= day.Date && day.Date < b.Start.AddDays(figures.DaysPerBucket)).Values[series];

    [Fact]
    public async Task ExpiriesPerWeek_TwelveWeeksFromToday_SplitsAssignedAndUnassigned()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.PartnerAdmin;
        var day = DateTime.UtcNow.Date.AddDays(16).AddHours(12);
        var before = await RunAsync(console, user, c => c.ExpiriesPerWeekAsync(user));
        await OrderTestData.AddAsync(console, "DASH-W-1", day);
        await OrderTestData.AddAsync(console, "DASH-W-2", day);
        await OrderTestData.AddAsync(console, "DASH-W-3", day, accountId: DemoData.AccountId, activated: true);
        await OrderTestData.AddAsync(console, "DASH-W-OTHER", day, partnerId: DemoData.OtherPartnerId);
        await OrderTestData.AddAsync(console, "DASH-W-FAR", DateTime.UtcNow.AddDays(7 * 13));

        var after = await RunAsync(console, user, c => c.ExpiriesPerWeekAsync(user));

        Assert.Equal(12, after.Buckets.Count);
        Assert.Equal(DateTime.UtcNow.Date, after.Buckets[0].Start);
        Assert.Equal(7, after.DaysPerBucket);
        Assert.Equal(At(before, day, 0) + 2, At(after, day, 0));
        Assert.Equal(At(before, day, 1) + 1, At(after, day, 1));
        Assert.Equal(before.Total + 3, after.Total);
    }

    [Fact]
    public async Task OrdersPerDay_LastThirtyDays_PerProduct()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.PartnerStaff;
        var before = await RunAsync(console, user, c => c.OrdersPerDayAsync(user));
        var purchased = DateTime.UtcNow.Date.AddDays(-3).AddHours(9);
        await using (var db = await console.SystemDbAsync())
        {
            var mine = await OrderTestData.AddAsync(db, "DASH-P-1", DateTime.UtcNow.AddDays(400));
            var other = await OrderTestData.AddAsync(db, "DASH-P-OTHER", DateTime.UtcNow.AddDays(400), partnerId: DemoData.OtherPartnerId);
            var old = await OrderTestData.AddAsync(db, "DASH-P-OLD", DateTime.UtcNow.AddDays(400));
            mine.PurchasedAt = purchased;
            mine.Product = OrderProduct.MitelOne;
            other.PurchasedAt = purchased;
            old.PurchasedAt = DateTime.UtcNow.AddDays(-45);
            await db.SaveChangesAsync();
        }

        var after = await RunAsync(console, user, c => c.OrdersPerDayAsync(user));

        Assert.Equal(30, after.Buckets.Count);
        Assert.Equal(DateTime.UtcNow.Date, after.Buckets[^1].Start);
        Assert.Equal(At(before, purchased, (int)OrderProduct.MitelOne) + 1, At(after, purchased, (int)OrderProduct.MitelOne));
        Assert.Equal(before.Total + 1, after.Total);
    }

    [Fact]
    public async Task ProvisioningOutcomes_PerDay_CompletedAndWithErrors()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.PartnerAdmin;
        var before = await RunAsync(console, user, c => c.ProvisioningOutcomesAsync(user));
        var day = DateTime.UtcNow.AddDays(-2);
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-ok", MarketplaceStatus.Completed, day);
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-err", MarketplaceStatus.CompletedWithErrors, day);
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-busy", MarketplaceStatus.ProvisioningStarted, day);
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-x", MarketplaceStatus.Completed, day,
            partnerId: DemoData.OtherPartnerId, accountId: DemoData.OtherPartnerAccountId);

        var after = await RunAsync(console, user, c => c.ProvisioningOutcomesAsync(user));

        Assert.Equal(At(before, day, 0) + 1, At(after, day, 0));
        Assert.Equal(At(before, day, 1) + 1, At(after, day, 1));
        Assert.Equal(before.Total + 2, after.Total);
    }

    [Fact]
    public async Task Charts_NonPartnerUser_AccessDenied()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.AccountAdmin;
        await Assert.ThrowsAsync<AccessDeniedException>(() => RunAsync(console, user, c => c.ExpiriesPerWeekAsync(user)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => RunAsync(console, user, c => c.OrdersPerDayAsync(user)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => RunAsync(console, user, c => c.ProvisioningOutcomesAsync(user)));
    }
}

public sealed class ActivityQueryTests
{
    [Fact]
    public async Task Load_LatestTwentyOfThePartner_NewestFirst()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var db = await console.SystemDbAsync())
        {
            for (var i = 0; i < 25; i++) ConsoleApp.Components.Platform.Audit.AuditLog.Record(db, TestUsers.PartnerStaff, "Test", i, "Touched");
            ConsoleApp.Components.Platform.Audit.AuditLog.Record(db, TestUsers.OtherPartner, "Test", "other", "Touched");
            await db.SaveChangesAsync();
        }
        await using var scope = console.As(TestUsers.PartnerStaff);

        var rows = await console.Get<ActivityQuery>(scope).LoadAsync(TestUsers.PartnerStaff);

        Assert.Equal(20, rows.Count);
        Assert.Equal("24", rows[0].EntityId);
        Assert.Equal(rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => r.Id), rows.Select(r => r.Id));
        Assert.DoesNotContain(rows, r => r.EntityId == "other");
    }

    [Fact]
    public async Task Load_CustomerRole_AccessDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Customer);
        await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<ActivityQuery>(scope).LoadAsync(TestUsers.Customer));
    }
}

public sealed class OrderGridFilterTests
{
    [Fact]
    public async Task Search_ExpiryWeekAndUnassigned_OnlyThoseOrders()
    {
        await using var console = await TestConsole.StartAsync();
        var day = DateTime.UtcNow.Date.AddDays(40);
        var inside = await OrderTestData.AddAsync(console, "DASH-F-IN", day.AddHours(5));
        await OrderTestData.AddAsync(console, "DASH-F-ASSIGNED", day.AddHours(5), accountId: DemoData.AccountId);
        await OrderTestData.AddAsync(console, "DASH-F-LATER", day.AddDays(8));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var filter = OrderFilterNames.Parse(day.ToString("yyyy-MM-dd"), day.AddDays(6).ToString("yyyy-MM-dd"), null, null, "no", null);

        var page = await console.Get<OrderService>(scope).SearchAsync(filter, new ConsoleApp.Components.Platform.Data.PageRequest(0, 500));

        Assert.Contains(page.Items, o => o.Id == inside.Id);
        Assert.All(page.Items, o => Assert.True(o.AssignedAccountId is null && o.ExpiresAt >= day && o.ExpiresAt < day.AddDays(7)));
        await using var db = await console.SystemDbAsync();
        var expected = await db.Set<PartnerOrder>().CountAsync(o => o.PartnerId == DemoData.PartnerId && o.AssignedAccountId == null && o.ExpiresAt >= day && o.ExpiresAt < day.AddDays(7));
        Assert.Equal(expected, page.Total);
    }

    [Fact]
    public async Task Search_PurchaseDayAndProduct_OnlyThoseOrders()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var day = DateTime.UtcNow.Date.AddDays(-5);
        var filter = OrderFilterNames.Parse(null, null, day.ToString("yyyy-MM-dd"), day.ToString("yyyy-MM-dd"), null, "mitel-one");

        var page = await console.Get<OrderService>(scope).SearchAsync(filter, new ConsoleApp.Components.Platform.Data.PageRequest(0, 500));

        Assert.All(page.Items, o => Assert.True(o.Product == OrderProduct.MitelOne && o.PurchasedAt.Date == day));
        await using var db = await console.SystemDbAsync();
        Assert.Equal(await db.Set<PartnerOrder>().CountAsync(o => o.PartnerId == DemoData.PartnerId && o.Product == OrderProduct.MitelOne && o.PurchasedAt >= day && o.PurchasedAt < day.AddDays(1)), page.Total);
    }

    [Fact]
    public void Parameters_RoundTrip_DescribedInWords()
    {
        var query = OrderFilterNames.Parse("2026-12-07", "2026-12-13", null, null, "no", "mitel-one");
        var parameters = OrderFilterNames.Parameters(query);
        Assert.Equal("2026-12-07", parameters[OrderFilterNames.ExpiresFrom]);
        Assert.Equal("no", parameters[OrderFilterNames.Assigned]);
        Assert.Equal("mitel-one", parameters[OrderFilterNames.Product]);
        Assert.Null(parameters[OrderFilterNames.PurchasedFrom]);
        Assert.Equal("expires 2026-12-07 – 2026-12-13 · unassigned · Mitel One", OrderFilterNames.Describe(query));
        Assert.False(OrderFilterNames.Parse(null, null, null, null, "maybe", "fax").HasFilters);
    }
}
