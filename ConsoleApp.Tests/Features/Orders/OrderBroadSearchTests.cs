using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// A broad search whose matches are not among the newest orders takes its page from the term side. A count limit
/// of 2 makes four matches "broad", and a window of 2 makes the newest orders (the demo data) hold none of them.
/// </summary>
public sealed class OrderBroadSearchTests
{
    private static readonly Dictionary<string, string?> SmallWindow = new() { ["Orders:SearchCountLimit"] = "2", ["Orders:SearchWindow"] = "2" };

    private static async Task<(TestConsole Console, List<PartnerOrder> Orders)> StartAsync(DatabaseProvider provider)
    {
        var console = await TestConsole.StartAsync(provider, settings: SmallWindow);
        var orders = new List<PartnerOrder>();
        for (var i = 0; i < 4; i++) orders.Add(await OrderTestData.AddAsync(console, $"BW-{i}", DateTime.UtcNow.AddDays(200)));
        return (console, orders);
    }

    private static async Task<OrderPage> SearchAsync(TestConsole console, OrderQuery query, PageRequest? page = null)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(query, page ?? new PageRequest());
    }

    [Theory, AllProviders]
    public async Task BroadSearch_MatchesOlderThanTheWindow_NewestPurchaseFirstFromTheTermSide(DatabaseProvider provider)
    {
        var (console, _) = await StartAsync(provider);
        await using var _c = console;

        var page = await SearchAsync(console, new OrderQuery(Search: "bw-"));

        Assert.Equal(["BW-3", "BW-2", "BW-1", "BW-0"], page.Items.Select(r => r.SapOrderId));
        Assert.True(page.TotalIsCapped);
        Assert.Equal(2, page.Total);
    }

    [Theory, AllProviders]
    public async Task BroadSearch_SecondPage_ContinuesInPurchaseOrder(DatabaseProvider provider)
    {
        var (console, _) = await StartAsync(provider);
        await using var _c = console;

        var page = await SearchAsync(console, new OrderQuery(Search: "bw-"), new PageRequest(1, 2));

        Assert.Equal(["BW-2", "BW-1"], page.Items.Select(r => r.SapOrderId));
    }

    [Theory, AllProviders]
    public async Task BroadSearch_UnassignedView_LeavesOutAssignedMatches(DatabaseProvider provider)
    {
        var (console, orders) = await StartAsync(provider);
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

    [Theory, AllProviders]
    public async Task BroadSearch_WindowEndsInsideEqualPurchaseDates_PagesInIdOrderWithoutGapsOrRepeats(DatabaseProvider provider)
    {
        // Eight orders share the newest purchase instant (the generated data has thousands like that), two of them
        // not matching. The window of a page of 2 is 4 orders, so its bound falls inside the run of equal dates and
        // only the order id tells which of them are in the window.
        var (console, _) = await StartAsync(provider);
        await using var _c = console;
        var now = DateTime.UtcNow;
        var instant = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Utc); // newer than the demo orders
        var tied = new List<PartnerOrder>();
        foreach (var sap in new[] { "TIE-0", "OTHER-0", "TIE-1", "TIE-2", "OTHER-1", "TIE-3", "TIE-4", "TIE-5" })
            tied.Add(await OrderTestData.AddAsync(console, sap, DateTime.UtcNow.AddDays(200)));
        await using (var db = await console.SystemDbAsync())
        {
            var ids = tied.Select(o => o.Id).ToList();
            await db.Set<PartnerOrder>().Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(u => u.SetProperty(o => o.PurchasedAt, instant));
            await db.Set<PartnerOrderSearchTerm>().Where(t => ids.Contains(t.OrderId)).ExecuteUpdateAsync(u => u.SetProperty(t => t.PurchasedAt, instant));
        }

        var pages = new List<string>();
        for (var skip = 0; skip < 6; skip += 2)
            pages.AddRange((await SearchAsync(console, new OrderQuery(Search: "tie-"), new PageRequest(skip, 2))).Items.Select(r => r.SapOrderId));

        Assert.Equal(["TIE-5", "TIE-4", "TIE-3", "TIE-2", "TIE-1", "TIE-0"], pages);
    }

    [Theory, AllProviders]
    public async Task BroadSearch_ValuesAndAccountNameMatch_SamePageAsNarrowMode(DatabaseProvider provider)
    {
        // "blue" matches the customer PO of four new orders (older than the window) and the demo orders of account 2,
        // Blue Harbor Logistics: the term-side page merges both in purchase order.
        await using var small = await TestConsole.StartAsync(provider, settings: SmallWindow);
        await using var exact = await TestConsole.StartAsync(provider);
        foreach (var console in new[] { small, exact })
            for (var i = 0; i < 4; i++) await OrderTestData.AddAsync(console, $"BL-{i}", DateTime.UtcNow.AddDays(200), customerPo: $"BLUE-{i}");

        var broad = await SearchAsync(small, new OrderQuery(Search: "blue"), new PageRequest(0, 10));
        var narrow = await SearchAsync(exact, new OrderQuery(Search: "blue"), new PageRequest(0, 10));

        Assert.True(broad.TotalIsCapped);
        Assert.False(narrow.TotalIsCapped);
        Assert.Contains(narrow.Items, r => r.AccountName == "Blue Harbor Logistics");
        Assert.Contains(narrow.Items, r => r.SapOrderId.StartsWith("BL-", StringComparison.Ordinal));
        Assert.Equal(narrow.Items.Select(r => r.SapOrderId), broad.Items.Select(r => r.SapOrderId));
    }

    [Theory, AllProviders]
    public async Task Count_OrderWithSeveralMatchingValues_CountsOnce(DatabaseProvider provider)
    {
        // Each order's SAP id, tracking number and customer PO all start with "mv-": 3 orders, 9 matching values.
        await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "5" });
        var orders = new List<PartnerOrder>();
        for (var i = 0; i < 3; i++)
            orders.Add(await OrderTestData.AddAsync(console, $"MV-{i}", DateTime.UtcNow.AddDays(200), trackingNumber: $"MV-{i}-T", customerPo: $"MV-{i}-C"));

        var all = await SearchAsync(console, new OrderQuery(Search: "mv-"));

        Assert.Equal((3, false), (all.Total, all.TotalIsCapped));
        Assert.Equal(3, all.Items.Count);
    }

    [Theory, AllProviders]
    public async Task Count_BroadTermInTheUnassignedView_CountsDistinctOrdersOfTheViewFromTheTermSide(DatabaseProvider provider)
    {
        // 7 orders with 3 matching values each (more than the limit of 5 in total), 2 of them assigned: the count in
        // the Unassigned view runs from the term index (no account matches) and finds 5 distinct orders, not 15 values.
        await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "5" });
        for (var i = 0; i < 7; i++)
            await OrderTestData.AddAsync(console, $"UV-{i}", DateTime.UtcNow.AddDays(200), accountId: i < 2 ? DemoData.AccountId : null,
                trackingNumber: $"UV-{i}-T", customerPo: $"UV-{i}-C");

        var unassigned = await SearchAsync(console, new OrderQuery(OrderView.Unassigned, "uv-"));

        Assert.Equal((5, false), (unassigned.Total, unassigned.TotalIsCapped));
        Assert.Equal(["UV-6", "UV-5", "UV-4", "UV-3", "UV-2"], unassigned.Items.Select(r => r.SapOrderId));
    }

    [Theory, AllProviders]
    public async Task Search_AccountNameInTheUnassignedView_FindsTheUnassignedValueMatchesOnly(DatabaseProvider provider)
    {
        // Orders of accounts named "... Harbor ..." are assigned, so never in the Unassigned view; an unassigned order
        // whose customer PO starts with "harbor" is.
        await using var console = await TestConsole.StartAsync(provider);
        await OrderTestData.AddAsync(console, "HB-1", DateTime.UtcNow.AddDays(200), customerPo: "HARBORX-1");

        var unassigned = await SearchAsync(console, new OrderQuery(OrderView.Unassigned, "harbor"));
        var all = await SearchAsync(console, new OrderQuery(Search: "harbor"), new PageRequest(0, 100));

        Assert.Equal(("HB-1", 1), (Assert.Single(unassigned.Items).SapOrderId, unassigned.Total));
        Assert.Contains(all.Items, r => r.AccountName == "Blue Harbor Logistics");
        Assert.Contains(all.Items, r => r.SapOrderId == "HB-1");
    }
}
