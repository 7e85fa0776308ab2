using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Platform.Dashboard;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

public sealed class OrderExpiryTests
{
    [Fact]
    public async Task Sweep_OrdersCrossingBoundaries_ReportedAndPublishedOnce()
    {
        await using var console = await TestConsole.StartAsync();
        var t0 = DateTime.UtcNow;
        var expires = await OrderTestData.AddAsync(console, "SWEEP-EXP", t0.AddMinutes(1), accountId: 2, activated: true);
        var becomesSoon = await OrderTestData.AddAsync(console, "SWEEP-SOON", t0.AddDays(30).AddMinutes(1));
        var assignedSoon = await OrderTestData.AddAsync(console, "SWEEP-ASSIGNED", t0.AddDays(30).AddMinutes(1), accountId: 2, activated: true);
        var sweep = console.Services.GetRequiredService<OrderExpirySweep>();
        var published = new List<ChangeEvent>();
        using var _ = console.Services.GetRequiredService<IChangeNotifier>().Subscribe(OrderTopics.Orders, null, e => { lock (published) published.Add(e); return Task.CompletedTask; });

        var first = await sweep.RunAsync(t0, t0.AddMinutes(2));
        var second = await sweep.RunAsync(t0.AddMinutes(2), t0.AddMinutes(4));

        Assert.Contains(new ExpiryCrossing(expires.Id, DemoData.PartnerId, OrderStatus.Expired), first);
        Assert.Contains(new ExpiryCrossing(becomesSoon.Id, DemoData.PartnerId, OrderStatus.ExpiringSoon), first);
        Assert.DoesNotContain(first, c => c.OrderId == assignedSoon.Id);
        Assert.DoesNotContain(second, c => c.OrderId == expires.Id || c.OrderId == becomesSoon.Id);
        await Eventually.TrueAsync(() => { lock (published) return published.Any(e => e.EntityId == becomesSoon.Id.ToString() && e.Tenant == Tenant.Partner(1)); });
    }

    [Fact]
    public async Task Counters_UnassignedAndExpiring_MatchViews()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        var counters = console.Get<IEnumerable<IDashboardCounter>>(scope).Where(c => c.Topic == OrderTopics.Orders).ToList();
        var svc = console.Get<OrderService>(scope);
        var unassigned = counters.OfType<UnassignedOrdersCounter>().Single();
        var expiring = counters.OfType<ExpiringOrdersCounter>().Single();
        Assert.Equal(await svc.CountAsync(OrderView.Unassigned), await unassigned.CountAsync(TestUsers.PartnerStaff, default));
        Assert.Equal(await svc.CountAsync(OrderView.Expiring), await expiring.CountAsync(TestUsers.PartnerStaff, default));
        Assert.True(await expiring.CountAsync(TestUsers.PartnerStaff, default) > 0);
        Assert.False(unassigned.IsVisibleTo(TestUsers.Customer));
        Assert.Equal("/orders?view=unassigned", unassigned.Link);
    }

    [Fact]
    public async Task Service_ExpiringWindowSetting_ChangesStatus()
    {
        await using var console = await TestConsole.StartAsync(settings: new() { ["Orders:ExpiringSoonDays"] = "5" });
        var order = await OrderTestData.AddAsync(console, "WINDOW-10", DateTime.UtcNow.AddDays(10));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        Assert.Equal(OrderStatus.Assign, (await console.Get<OrderService>(scope).GetAsync(order.Id))!.Status);
    }

    [Fact]
    public async Task Service_ClockMovesPastExpiry_StatusFollows()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var console = await TestConsole.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        var order = await OrderTestData.AddAsync(console, "CLOCK-1", DateTime.UtcNow.AddDays(40));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var svc = console.Get<OrderService>(scope);
        Assert.Equal(OrderStatus.Assign, (await svc.GetAsync(order.Id))!.Status);
        clock.Now = clock.Now.AddDays(20);
        Assert.Equal(OrderStatus.ExpiringSoon, (await svc.GetAsync(order.Id))!.Status);
        clock.Now = clock.Now.AddDays(21);
        Assert.Equal(OrderStatus.Expired, (await svc.GetAsync(order.Id))!.Status);
    }

    [Fact]
    public async Task Seeder_DemoData_HasEveryStatusForPartnerOneAndOrdersForPartnerTwo()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        var now = DateTime.UtcNow;
        var orders = await db.Set<PartnerOrder>().AsNoTracking().ToListAsync();
        var mine = orders.Where(o => o.PartnerId == DemoData.PartnerId).ToList();
        Assert.Equal(Enum.GetValues<OrderStatus>().Length, mine.Select(o => OrderStatusRules.Evaluate(o, now, TimeSpan.FromDays(30))).Distinct().Count());
        Assert.All(mine.Where(o => o.AssignedAccountId != null), o => Assert.InRange(o.AssignedAccountId!.Value, 1, DemoData.AccountsOfPartner));
        Assert.Contains(mine, o => o.AssignedAccountId is 8 or 20);
        Assert.Equal(OrdersSeeder.OrdersOfOtherPartner, orders.Count(o => o.PartnerId == DemoData.OtherPartnerId));
        Assert.True(await db.Set<PartnerOrderSearchTerm>().CountAsync() >= orders.Count * 4);
    }

    [Fact]
    public async Task Seeder_DemoData_TermPurchaseAndExpiryAgree()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        var orders = await db.Set<PartnerOrder>().AsNoTracking().ToListAsync();
        var today = DateTime.UtcNow.Date;

        Assert.NotEmpty(orders);
        Assert.All(orders.Where(o => !o.IsPerpetual), o =>
        {
            Assert.Contains(o.TermMonths, new[] { 12, 24, 36 });
            Assert.Equal(o.PurchasedAt.AddMonths(o.TermMonths), o.ExpiresAt);
        });
        Assert.All(orders.Where(o => o.IsPerpetual), o => Assert.True(o.ExpiresAt is null && o.TermMonths == 0, $"perpetual {o.SapOrderId}"));
        Assert.Contains(orders, o => o.IsPerpetual);
        // Nothing was bought, assigned or activated in the future.
        Assert.All(orders, o =>
        {
            Assert.True(o.PurchasedAt <= today, $"{o.SapOrderId} purchased {o.PurchasedAt:yyyy-MM-dd}");
            Assert.True(o.AssignedAt is null || (o.AssignedAt >= o.PurchasedAt && o.AssignedAt <= today.AddDays(1)), $"{o.SapOrderId} assigned {o.AssignedAt:yyyy-MM-dd}");
        });
    }
}
