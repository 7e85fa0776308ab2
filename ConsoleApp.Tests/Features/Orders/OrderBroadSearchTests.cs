using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// A broad search whose matches are not among the newest orders takes its page from the term side. A count limit
/// of 2 makes four matches "broad", and a window of 2 makes the newest orders (the demo data) hold none of them.
/// </summary>
public sealed class OrderBroadSearchTests
{
    private static readonly Dictionary<string, string?> SmallWindow = new() { ["Orders:SearchCountLimit"] = "2", ["Orders:SearchWindow"] = "2" };

    private static async Task<(TestConsole Console, List<PartnerOrder> Orders)> StartAsync()
    {
        var console = await TestConsole.StartAsync(settings: SmallWindow);
        var orders = new List<PartnerOrder>();
        for (var i = 0; i < 4; i++) orders.Add(await OrderTestData.AddAsync(console, $"BW-{i}", DateTime.UtcNow.AddDays(200)));
        return (console, orders);
    }

    private static async Task<OrderPage> SearchAsync(TestConsole console, OrderQuery query, PageRequest? page = null)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(query, page ?? new PageRequest());
    }

    [Fact]
    public async Task BroadSearch_MatchesOlderThanTheWindow_NewestPurchaseFirstFromTheTermSide()
    {
        var (console, _) = await StartAsync();
        await using var _c = console;

        var page = await SearchAsync(console, new OrderQuery(Search: "bw-"));

        Assert.Equal(["BW-3", "BW-2", "BW-1", "BW-0"], page.Items.Select(r => r.SapOrderId));
        Assert.True(page.TotalIsCapped);
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task BroadSearch_SecondPage_ContinuesInPurchaseOrder()
    {
        var (console, _) = await StartAsync();
        await using var _c = console;

        var page = await SearchAsync(console, new OrderQuery(Search: "bw-"), new PageRequest(1, 2));

        Assert.Equal(["BW-2", "BW-1"], page.Items.Select(r => r.SapOrderId));
    }

    [Fact]
    public async Task BroadSearch_UnassignedView_LeavesOutAssignedMatches()
    {
        var (console, orders) = await StartAsync();
        await using var _c = console;
        await using (var db = await console.SystemDbAsync())
        {
            var assigned = await db.Set<PartnerOrder>().FindAsync(orders[2].Id);
            assigned!.AssignedAccountId = DemoData.AccountId;
            await db.SaveChangesAsync();
        }

        var page = await SearchAsync(console, new OrderQuery(OrderView.Unassigned, "bw-"));

        Assert.Equal(["BW-3", "BW-1", "BW-0"], page.Items.Select(r => r.SapOrderId));
    }
}
