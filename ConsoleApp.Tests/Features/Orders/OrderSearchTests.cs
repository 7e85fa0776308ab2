using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Features.Orders;

public sealed class OrderSearchTests
{
    private static async Task<OrderPage> SearchAsync(TestConsole console, UserContext user, OrderQuery query, PageRequest? page = null)
    {
        await using var scope = console.As(user);
        return await console.Get<OrderService>(scope).SearchAsync(query, page ?? new PageRequest());
    }

    [Theory, AllProviders]
    public async Task Search_SapOrderIdPrefix_NarrowsAsYouType(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await OrderTestData.AddAsync(console, "9988001", DateTime.UtcNow.AddDays(200));
        await OrderTestData.AddAsync(console, "9988002", DateTime.UtcNow.AddDays(200));
        await OrderTestData.AddAsync(console, "9977003", DateTime.UtcNow.AddDays(200));

        Assert.Equal(3, (await SearchAsync(console, TestUsers.PartnerStaff, new(Search: "99"))).Total);
        Assert.Equal(2, (await SearchAsync(console, TestUsers.PartnerStaff, new(Search: "998"))).Total);
        var one = await SearchAsync(console, TestUsers.PartnerStaff, new(Search: "9988002"));
        Assert.Equal("9988002", Assert.Single(one.Items).SapOrderId);
    }

    [Theory]
    [AllProviders("trk-zx81", "ZX81")]
    [AllProviders("CPO-ZX81", "ZX81")]
    [AllProviders("rpo-zx", "ZX81")]
    public async Task Search_OtherIdentifiersCaseInsensitive_FindOrder(string search, string sap, DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await OrderTestData.AddAsync(console, sap, DateTime.UtcNow.AddDays(200));
        var result = await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: search));
        Assert.Contains(result.Items, r => r.SapOrderId == sap);
        Assert.All(result.Items, r => Assert.True(
            r.TrackingNumber.StartsWith(search, StringComparison.OrdinalIgnoreCase) || r.CustomerPoNumber.StartsWith(search, StringComparison.OrdinalIgnoreCase)
            || r.ResellerPoNumber.StartsWith(search, StringComparison.OrdinalIgnoreCase) || r.SapOrderId.StartsWith(search, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory, AllProviders]
    public async Task Search_ExpiryDateAsShown_FindsOrdersExpiringThatDay(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var day = new DateTime(2031, 7, 14, 10, 30, 0, DateTimeKind.Utc);
        await OrderTestData.AddAsync(console, "EXP-DAY", day);
        var result = await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: "2031-07-14"));
        var row = Assert.Single(result.Items);
        Assert.Equal("EXP-DAY", row.SapOrderId);
        Assert.Equal("2031-07-14", row.ExpiresText);
    }

    [Theory, AllProviders]
    public async Task Search_AssignedAccountNamePart_FindsOnlyThatAccountsOrders(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var result = await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: "dental"), new PageRequest(Take: 500));
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, r => Assert.Contains("Dental", r.AccountName));
    }

    [Theory, AllProviders]
    public async Task Search_BroadPrefixBeyondCountLimit_SamePageAsNarrowModeWithCappedTotal(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "20" });
        // Every seeded SAP id of partner 1 starts with 45001: far more matches than the limit.
        var broad = await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: "45001"), new PageRequest(0, 25));
        Assert.True(broad.TotalIsCapped);
        Assert.Equal(20, broad.Total);
        Assert.Equal(25, broad.Items.Count);
        Assert.All(broad.Items, r => Assert.StartsWith("45001", r.SapOrderId));
        await using var exact = await TestConsole.StartAsync(provider);
        var narrow = await SearchAsync(exact, TestUsers.PartnerAdmin, new(Search: "45001"), new PageRequest(0, 25));
        Assert.False(narrow.TotalIsCapped);
        Assert.Equal(narrow.Items.Select(r => r.SapOrderId), broad.Items.Select(r => r.SapOrderId));
    }

    [Theory, AllProviders]
    public async Task Search_BroadPrefixWithStatusFilter_CountsWithinTheStatusNotTheShortcut(DatabaseProvider provider)
    {
        // The probe proves "more than the limit" only for the whole result; a status filter must still be counted.
        await using var capped = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "20" });
        await using var exact = await TestConsole.StartAsync(provider);
        var query = new OrderQuery(Search: "45001", Status: OrderStatus.PendingActivation);
        var limited = await SearchAsync(capped, TestUsers.PartnerAdmin, query);
        var full = await SearchAsync(exact, TestUsers.PartnerAdmin, query);
        Assert.InRange(full.Total, 1, 1000);
        Assert.Equal(Math.Min(full.Total, 20), limited.Total);
        Assert.Equal(full.Total > 20, limited.TotalIsCapped);
    }

    [Theory, AllProviders]
    public async Task Search_BroadAccountNameInUnassignedView_OnlyMatchingUnassignedOrders(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider, settings: new() { ["Orders:SearchCountLimit"] = "5" });
        await OrderTestData.AddAsync(console, "BROAD-TRK", DateTime.UtcNow.AddDays(300), trackingNumber: "dental-777");
        var result = await SearchAsync(console, TestUsers.PartnerAdmin, new(OrderView.Unassigned, "dental"), new PageRequest(0, 100));
        Assert.Contains(result.Items, r => r.SapOrderId == "BROAD-TRK");
        Assert.All(result.Items, r => Assert.True(r.CanBeAssigned));
    }

    [Theory, AllProviders]
    public async Task Search_LikeWildcardsInInput_AreLiteral(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        Assert.Equal(0, (await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: "%"))).Total);
        Assert.Equal(0, (await SearchAsync(console, TestUsers.PartnerAdmin, new(Search: "_"))).Total);
    }

    [Theory, AllProviders]
    public async Task Search_Views_CountAndPageInDatabase(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var all = await SearchAsync(console, TestUsers.PartnerAdmin, new(OrderView.All), new PageRequest(0, 25));
        var unassigned = await SearchAsync(console, TestUsers.PartnerAdmin, new(OrderView.Unassigned), new PageRequest(0, 500));
        var expiring = await SearchAsync(console, TestUsers.PartnerAdmin, new(OrderView.Expiring), new PageRequest(0, 500));
        Assert.Equal(25, all.Items.Count);
        Assert.Equal(OrdersSeeder.OrdersOfPartner, all.Total);
        Assert.All(unassigned.Items, r => Assert.True(r.CanBeAssigned));
        Assert.All(expiring.Items, r => Assert.Equal(OrderStatus.ExpiringSoon, r.Status));
        Assert.True(expiring.Total > 0 && expiring.Total < unassigned.Total);
        // The Expiring view lists soonest expiry first.
        Assert.Equal(expiring.Items.OrderBy(r => r.ExpiresAt).Select(r => r.Id), expiring.Items.Select(r => r.Id));
    }

    [Theory, AllProviders]
    public async Task Search_SortByStatus_GroupsStatusesInOrder(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var result = await SearchAsync(console, TestUsers.PartnerAdmin, new(), new PageRequest(0, 500, nameof(OrderRow.StatusLabel)));
        var statuses = result.Items.Select(r => (int)r.Status).ToList();
        Assert.Equal(statuses.Order(), statuses);
        Assert.Equal(6, statuses.Distinct().Count());
    }

    [Theory, AllProviders]
    public async Task Search_OtherPartner_SeesOnlyOwnOrders(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var mine = await OrderTestData.AddAsync(console, "ISOLATED-1", DateTime.UtcNow.AddDays(200));
        var other = await SearchAsync(console, TestUsers.OtherPartner, new(), new PageRequest(0, 500));
        Assert.Equal(OrdersSeeder.OrdersOfOtherPartner, other.Total);
        Assert.Equal(0, (await SearchAsync(console, TestUsers.OtherPartner, new(Search: "isolated-1"))).Total);
        await using var scope = console.As(TestUsers.OtherPartner);
        Assert.Null(await console.Get<OrderService>(scope).GetAsync(mine.Id));
    }

    [Theory]
    [MemberData(nameof(NonPartnerUsers))]
    public async Task Search_NonPartnerUser_IsDenied(UserContext user)
    {
        await using var console = await TestConsole.StartAsync();
        await Assert.ThrowsAsync<AccessDeniedException>(() => SearchAsync(console, user, new()));
    }

    public static TheoryData<UserContext> NonPartnerUsers => new() { TestUsers.AccountAdmin, TestUsers.ResellerAdmin, TestUsers.Manager, UserContext.Anonymous };

    [Theory, AllProviders]
    public async Task FindAccounts_Search_ReturnsOnlyOwnPartnersMatchingAccounts(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await using var scope = console.As(TestUsers.PartnerStaff);
        var svc = console.Get<OrderService>(scope);
        var all = await svc.FindAccountsAsync(null, 200);
        Assert.Equal(DemoData.AccountsOfPartner, all.Count);
        var harbor = await svc.FindAccountsAsync("harbor");
        Assert.Equal(["Blue Harbor Logistics", "Harbor View Hotels"], harbor.Select(a => a.Name).Order());
        Assert.Empty(await svc.FindAccountsAsync("Highland")); // partner 2's account
    }

    [Theory, AllProviders]
    public async Task ExportCsv_CurrentViewAndSearch_ContainsExactlyMatchingRows(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        await OrderTestData.AddAsync(console, "CSV-1", DateTime.UtcNow.AddDays(10));
        await OrderTestData.AddAsync(console, "CSV-2", DateTime.UtcNow.AddDays(100));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var (csv, rows, truncated) = await console.Get<OrderService>(scope).ExportCsvAsync(new(OrderView.Expiring, "csv-"), new PageRequest());
        var text = System.Text.Encoding.UTF8.GetString(csv);
        Assert.Equal(1, rows);
        Assert.False(truncated);
        Assert.Contains("CSV-1", text);
        Assert.DoesNotContain("CSV-2", text);
        Assert.Contains("EXPIRING SOON", text);
    }
}
