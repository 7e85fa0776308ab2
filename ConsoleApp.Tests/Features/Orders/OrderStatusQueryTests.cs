using ConsoleApp.Components.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>The SQL form of each status rule and view selects exactly the orders the C# rule gives that status.</summary>
public sealed class OrderStatusQueryTests
{
    [Fact]
    public async Task StatusPredicates_SeededOrders_AgreeWithEvaluateForEveryStatus()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        var now = DateTime.UtcNow;
        var window = TimeSpan.FromDays(30);
        var all = await db.Set<PartnerOrder>().AsNoTracking().ToListAsync();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            var expected = all.Where(o => OrderStatusRules.Evaluate(o, now, window) == status).Select(o => o.Id).Order().ToList();
            var actual = await db.Set<PartnerOrder>().Where(OrderStatusRules.Is(status, now, window)).Select(o => o.Id).OrderBy(i => i).ToListAsync();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
            var ranks = await db.Set<PartnerOrder>().Where(o => expected.Contains(o.Id)).Select(OrderStatusRules.Rank(now, window)).Distinct().ToListAsync();
            Assert.Equal([(int)status], ranks);
        }
    }

    [Fact]
    public async Task ViewPredicates_SeededOrders_UnassignedIsAssignOrExpiringSoonAndExpiringIsExpiringSoon()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        var now = DateTime.UtcNow;
        var window = TimeSpan.FromDays(30);
        var all = await db.Set<PartnerOrder>().AsNoTracking().ToListAsync();
        var unassigned = await db.Set<PartnerOrder>().Where(OrderStatusRules.InView(OrderView.Unassigned, now, window)!).Select(o => o.Id).OrderBy(i => i).ToListAsync();
        var expiring = await db.Set<PartnerOrder>().Where(OrderStatusRules.InView(OrderView.Expiring, now, window)!).Select(o => o.Id).OrderBy(i => i).ToListAsync();
        Assert.Equal(all.Where(o => OrderStatusRules.CanBeAssigned(OrderStatusRules.Evaluate(o, now, window))).Select(o => o.Id).Order(), unassigned);
        Assert.Equal(all.Where(o => OrderStatusRules.Evaluate(o, now, window) == OrderStatus.ExpiringSoon).Select(o => o.Id).Order(), expiring);
        Assert.NotEmpty(expiring);
    }
}
