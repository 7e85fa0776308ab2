using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Tests.Features.Orders;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Tests.Features.Dashboard;

public sealed class NeedsAttentionQueryTests
{
    private static async Task<AttentionList> LoadAsync(TestConsole console, ConsoleApp.Components.Platform.Tenancy.UserContext user)
    {
        await using var scope = console.As(user);
        return await console.Get<NeedsAttentionQuery>(scope).LoadAsync(user);
    }

    [Fact]
    public async Task Load_UnassignedOrderExpiringInWindow_ListedWithDeepLinkAndAssign()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "DASH-EXP-1", DateTime.UtcNow.AddHours(2));
        var later = await OrderTestData.AddAsync(console, "DASH-EXP-LATE", DateTime.UtcNow.AddDays(200));

        var list = await LoadAsync(console, TestUsers.PartnerStaff);

        var item = Assert.Single(list.Items, i => i.Title.Contains("DASH-EXP-1", StringComparison.Ordinal));
        Assert.Equal(AttentionKind.OrderExpiring, item.Kind);
        Assert.Equal($"/orders?order={order.Id}", item.Link);
        Assert.Equal(order.Id, item.PartnerOrderId);
        Assert.DoesNotContain(list.Items, i => i.Title.Contains(later.SapOrderId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_FailedAndSlowProvisioning_ListedAndLinkToTheOrderInItsAccount()
    {
        // The demo data has failures of its own; a long list keeps the test's rows among those shown.
        await using var console = await TestConsole.StartAsync(settings: new() { ["Dashboard:AttentionRows"] = "100" });
        var now = DateTime.UtcNow;
        var failed = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-failed", MarketplaceStatus.CompletedWithErrors, now.AddHours(-1), vendorMessage: "Vendor refused");
        var slow = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-slow", MarketplaceStatus.ProvisioningStarted, now.AddMinutes(-70), submittedAt: now.AddHours(-3));
        var quick = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-fresh", MarketplaceStatus.ProvisioningStarted, now, submittedAt: now.AddMinutes(-2));
        var oldFailure = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-old", MarketplaceStatus.CompletedWithErrors, now.AddDays(-30));

        var list = await LoadAsync(console, TestUsers.PartnerAdmin);

        var f = Assert.Single(list.Items, i => i.Title.Contains(failed.Name, StringComparison.Ordinal));
        Assert.Equal(AttentionKind.ProvisioningFailed, f.Kind);
        Assert.Contains("Vendor refused", f.Detail, StringComparison.Ordinal);
        Assert.Equal($"/marketplace/orders/{failed.Id}?account={DemoData.AccountId}", f.Link);
        Assert.Equal(AttentionKind.ProvisioningSlow, Assert.Single(list.Items, i => i.Title.Contains(slow.Name, StringComparison.Ordinal)).Kind);
        Assert.DoesNotContain(list.Items, i => i.Title.Contains(quick.Name, StringComparison.Ordinal) || i.Title.Contains(oldFailure.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_DeactivatedAccountWithRunningLicence_ListedOnlyWhileItHasOne()
    {
        await using var console = await TestConsole.StartAsync();
        var withLicence = await DashboardTestData.AccountWithoutSubscriptionsAsync(console);
        await OrderTestData.AddAsync(console, "DASH-DEACT-1", DateTime.UtcNow.AddDays(300), accountId: withLicence, activated: true);
        var account = await DashboardTestData.DeactivateAsync(console, withLicence);

        var list = await LoadAsync(console, TestUsers.PartnerAdmin);

        var item = Assert.Single(list.Items, i => i.Link == $"/accounts/{account.Id}");
        Assert.Equal(AttentionKind.DeactivatedWithSubscriptions, item.Kind);
        Assert.Contains("1 licence subscription", item.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_DeactivatedAccountWithoutSubscriptions_NotListed()
    {
        await using var console = await TestConsole.StartAsync();
        var bare = await DashboardTestData.DeactivateAsync(console, await DashboardTestData.AccountWithoutSubscriptionsAsync(console));

        var list = await LoadAsync(console, TestUsers.PartnerAdmin);

        Assert.DoesNotContain(list.Items, i => i.Link == $"/accounts/{bare.Id}");
    }

    [Fact]
    public async Task Load_Items_SoonestFirst()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "DASH-SOON-A", DateTime.UtcNow.AddMinutes(30));
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-sorted", MarketplaceStatus.ProvisioningFailed, DateTime.UtcNow.AddMinutes(-1));

        var list = await LoadAsync(console, TestUsers.PartnerAdmin);

        Assert.Equal(list.Items.OrderBy(i => i.Due).Select(i => i.Title), list.Items.Select(i => i.Title));
        Assert.NotEmpty(list.Items);
    }

    [Fact]
    public async Task Load_OtherPartnersRows_NeverListed()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "DASH-OTHER-EXP", DateTime.UtcNow.AddHours(3), partnerId: DemoData.OtherPartnerId);
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #dash-other", MarketplaceStatus.ProvisioningFailed, DateTime.UtcNow.AddMinutes(-5),
            partnerId: DemoData.OtherPartnerId, accountId: DemoData.OtherPartnerAccountId);

        var mine = await LoadAsync(console, TestUsers.PartnerAdmin);
        var theirs = await LoadAsync(console, TestUsers.OtherPartner);

        Assert.DoesNotContain(mine.Items, i => i.Title.Contains("DASH-OTHER-EXP", StringComparison.Ordinal) || i.Title.Contains("#dash-other", StringComparison.Ordinal));
        Assert.Contains(theirs.Items, i => i.Title.Contains("DASH-OTHER-EXP", StringComparison.Ordinal));
        Assert.Contains(theirs.Items, i => i.Title.Contains("#dash-other", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NonPartnerUsers))]
    public async Task Load_NonPartnerUser_AccessDenied(string role)
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.All.Single(u => u.Role == role);
        await Assert.ThrowsAsync<AccessDeniedException>(() => LoadAsync(console, user));
    }

    public static TheoryData<string> NonPartnerUsers() => new(TestUsers.All.Where(u => !u.IsPartnerUser).Select(u => u.Role).Distinct());
}
