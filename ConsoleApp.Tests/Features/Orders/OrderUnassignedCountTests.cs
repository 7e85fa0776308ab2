using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;

namespace ConsoleApp.Tests.Features.Orders;

/// <summary>
/// The count of a broad search in the Unassigned view (count limit 5). On PostgreSQL one statement counts from the
/// view side (unassigned orders with an expiry date, soonest first, a term check each) when a sample says the term is
/// at least as dense there as in the term index, and from the term side otherwise or when the view walk does not prove
/// more than the limit (OrderService.PostgresCount.cs); on SQLite always from the term side. The orders here expire
/// within the hour, so they are the first the view walk meets; the counts must be the same on both providers.
/// </summary>
public sealed class OrderUnassignedCountTests
{
    private static readonly Dictionary<string, string?> LimitOfFive = new() { ["Orders:SearchCountLimit"] = "5" };

    private static async Task<OrderPage> UnassignedAsync(TestConsole console, string search)
    {
        await using var scope = console.As(TestUsers.PartnerAdmin);
        return await console.Get<OrderService>(scope).SearchAsync(new OrderQuery(OrderView.Unassigned, search), new PageRequest(0, 100));
    }

    [Theory, AllProviders]
    public async Task DenseInTheView_MoreThanTheLimit_IsCapped(DatabaseProvider provider)
    {
        // Every order the view walk meets first matches: the view side proves "more than 5" after 6 of them.
        await using var console = await TestConsole.StartAsync(provider, settings: LimitOfFive);
        for (var i = 0; i < 12; i++) await OrderTestData.AddAsync(console, $"DN-{i}", DateTime.UtcNow.AddMinutes(50 + i));

        var page = await UnassignedAsync(console, "dn-");

        Assert.Equal((5, true), (page.Total, page.TotalIsCapped));
        Assert.Equal(12, page.Items.Count);
    }

    [Theory, AllProviders]
    public async Task DenseInTheView_ExactlyTheLimit_IsCountedExactly(DatabaseProvider provider)
    {
        // 8 matches (broad for a limit of 5), 3 of them assigned: the view walk finds 5, which proves nothing, so the
        // term side counts them.
        await using var console = await TestConsole.StartAsync(provider, settings: LimitOfFive);
        for (var i = 0; i < 8; i++)
            await OrderTestData.AddAsync(console, $"DN-{i}", DateTime.UtcNow.AddMinutes(50 + i), accountId: i % 3 == 1 ? DemoData.AccountId : null);

        var page = await UnassignedAsync(console, "dn-");

        Assert.Equal((5, false), (page.Total, page.TotalIsCapped));
        Assert.Equal(["DN-6", "DN-5", "DN-3", "DN-2", "DN-0"], page.Items.Select(r => r.SapOrderId));
    }

    [Theory, AllProviders]
    public async Task PerpetualOrders_NotInTheViewWalk_StillCounted(DatabaseProvider provider)
    {
        // Perpetual orders (no expiry date) are in the Unassigned view but not in the walked range: the term side counts.
        await using var console = await TestConsole.StartAsync(provider, settings: LimitOfFive);
        for (var i = 0; i < 7; i++) await OrderTestData.AddAsync(console, $"PP-{i}", expiresAt: null);

        var page = await UnassignedAsync(console, "pp-");

        Assert.Equal((5, true), (page.Total, page.TotalIsCapped));
        Assert.Equal(7, page.Items.Count);
    }
}
