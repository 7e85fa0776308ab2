using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// The total of a view without a search is counted only a block of <c>Orders:ViewCountLimit</c> rows past the page
/// (4 here): exact while the view ends within it, otherwise "more than" the block's end, which always lies past the
/// page so the pager offers the next one. On both providers, for every view.
/// </summary>
public sealed class OrderViewCountTests
{
    private static readonly Dictionary<string, string?> LimitOfFour = new() { ["Orders:ViewCountLimit"] = "4" };

    private static async Task<OrderPage> ViewAsync(TestConsole console, OrderQuery query, PageRequest page)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(query, page);
    }

    [Theory]
    [AllProviders(OrderView.All)]
    [AllProviders(OrderView.Unassigned)]
    [AllProviders(OrderView.Expiring)]
    public async Task PagingThroughAView_CountsUpToTheBlockPastThePage_AndReachesEveryRow(OrderView view, DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: LimitOfFour);
        // Enough orders in every view (expiring within days: in all three) besides the demo partner's own.
        for (var i = 0; i < 9; i++) await OrderTestData.AddAsync(console, $"VC-{i}", DateTime.UtcNow.AddDays(3 + i));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var exact = await console.Get<OrderService>(scope).CountAsync(view);
        var everything = await ViewAsync(console, new OrderQuery(view), new PageRequest(0, 500));
        Assert.True(exact > 8, $"{exact} orders in the {view} view");

        // Pages of 3 (not a divisor of the limit): every capped total lies past its page, the last page is exact.
        var seen = new List<int>();
        for (var skip = 0; skip < exact; skip += 3)
        {
            var page = await ViewAsync(console, new OrderQuery(view), new PageRequest(skip, 3));
            var blockEnd = 4 * ((skip + 3) / 4 + 1);
            Assert.Equal(exact > blockEnd ? (blockEnd, true) : (exact, false), (page.Total, page.TotalIsCapped));
            Assert.True(page.Total > skip + page.Items.Count || skip + page.Items.Count == exact, "the pager needs a next page while rows remain");
            seen.AddRange(page.Items.Select(r => r.Id));
        }
        Assert.Equal(everything.Items.Select(r => r.Id), seen);
    }

    [Theory, AllProviders]
    public async Task ExactlyTheLimitInAFilteredView_IsCountedExactly_OneMoreIsCapped(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: LimitOfFour);
        var year = new DateTime(2091, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 4; i++) await OrderTestData.AddAsync(console, $"FX-{i}", year.AddDays(10 + i));
        // Neither counts in the Unassigned view: assigned, and another partner's.
        await OrderTestData.AddAsync(console, "FX-A", year.AddDays(20), accountId: DemoData.AccountId);
        await OrderTestData.AddAsync(console, "FX-P", year.AddDays(21), partnerId: 2);
        var inYear = new OrderQuery(OrderView.Unassigned) { ExpiresFrom = year, ExpiresTo = year.AddDays(364) };

        var four = await ViewAsync(console, inYear, new PageRequest(0, 2));
        await OrderTestData.AddAsync(console, "FX-4", year.AddDays(30));
        var five = await ViewAsync(console, inYear, new PageRequest(0, 2));
        var allFive = await ViewAsync(console, inYear with { View = OrderView.All }, new PageRequest(0, 25));

        Assert.Equal((4, false), (four.Total, four.TotalIsCapped));
        Assert.Equal((4, true), (five.Total, five.TotalIsCapped));
        Assert.Equal(2, five.Items.Count);
        // The All view holds the assigned one too (6 orders); a page of 25 counts to the block past it (28): exact.
        Assert.Equal((6, false), (allFive.Total, allFive.TotalIsCapped));
    }
}
