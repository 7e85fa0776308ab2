using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.AppSuite;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.Dashboard;
using ConsoleApp.Components.Features.Dashboard.RoleWidgets;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Tests.Features.Dashboard;

public sealed class RoleWidgetTests
{
    private static void Publish(TestConsole console, LiveTopic topic, object id, Tenant tenant) =>
        console.Services.GetRequiredService<IChangeNotifier>().Publish(topic, id, tenant);

    [Fact]
    public async Task AccountGlance_ShowsSwitchesContactsAndSubscriptions_AndRecountsLive()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.AccountAdmin;
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);
        var widget = ctx.Render<AccountGlanceWidget>();
        widget.WaitForAssertion(() => Assert.Contains("Acme Dental Group", widget.Markup, StringComparison.Ordinal));
        Assert.Equal(5, widget.FindAll(".pc-switches li").Count);
        Assert.NotNull(widget.Find("a[href='/account']"));
        var before = widget.Find("[data-testid=support-contacts]").TextContent;

        await using (var db = await console.SystemDbAsync())
        {
            var count = await db.Set<SupportContact>().CountAsync(c => c.AccountId == DemoData.AccountId);
            Assert.Equal($"Support contacts: {count}", before.Trim());
            db.Add(new SupportContact { PartnerId = DemoData.PartnerId, AccountId = DemoData.AccountId, Name = "Live Contact", Email = "live@demo.test", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            Publish(console, AccountTopics.Accounts, DemoData.AccountId, Tenant.Account(DemoData.AccountId));
            widget.WaitForAssertion(() => Assert.Equal($"Support contacts: {count + 1}", widget.Find("[data-testid=support-contacts]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task CustomerOrders_InProgressAndCompleted_AndANewOrderLive()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.Customer;
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);
        var widget = ctx.Render<CustomerOrdersWidget>();
        widget.WaitForAssertion(() => Assert.Empty(widget.FindAll(".pc-loading-rows")));

        var order = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #bdash-cust", MarketplaceStatus.ProvisioningStarted, DateTime.UtcNow);
        Publish(console, MarketplaceTopics.Topic, order.Id, Tenant.Account(DemoData.AccountId));

        widget.WaitForAssertion(() => Assert.Contains("Order #bdash-cust", widget.Find("[data-testid=in-progress]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.NotNull(widget.Find($"a[href='/marketplace/orders/{order.Id}']"));
    }

    [Fact]
    public async Task CustomerOrders_AccountWithoutOrders_EmptyStates()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.Customer with { AccountId = await DashboardTestData.AccountWithoutSubscriptionsAsync(console) };
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var widget = ctx.Render<CustomerOrdersWidget>();

        widget.WaitForAssertion(() => Assert.Equal(2, widget.FindAll("[data-testid=empty-state]").Count));
        Assert.Contains("No order is in progress.", widget.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reseller_SiteExpiringSoon_ListedWithRenewalParts_Live()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.ResellerUser;
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);
        var widget = ctx.Render<ResellerWidget>();
        widget.WaitForAssertion(() => Assert.Empty(widget.FindAll(".pc-loading-rows")));
        Assert.NotEmpty(widget.FindAll("[data-testid=sites-by-version] a[href^='/appsuite/sites?version=']"));

        await using (var db = await console.SystemDbAsync())
        {
            var site = new AppSuiteSite { ResellerId = DemoData.ResellerId, Name = "Dashboard Renewal Site", ProductVersion = "6.0", PurchasedAt = DateTime.UtcNow.AddYears(-1), SwasStart = DateTime.UtcNow.AddYears(-1), SwasExpiry = DateTime.UtcNow.AddDays(1) };
            db.Add(site);
            await db.SaveChangesAsync();
            db.Add(new AppSuiteLicence { SiteId = site.Id, ResellerId = DemoData.ResellerId, PartNumber = ConsoleApp.Components.Features.AppSuite.Catalog.PartCatalog.BaseLicence, Quantity = 1, AddedAt = DateTime.UtcNow, Source = "Test" });
            await db.SaveChangesAsync();
        }
        Publish(console, AppSuiteTopics.Sites, 1, Tenant.Reseller(DemoData.ResellerId));

        widget.WaitForAssertion(() =>
        {
            var row = widget.FindAll("[data-testid=swas-renewals] li").First();
            Assert.Contains("Dashboard Renewal Site", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("S1303600", row.TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Reseller_NothingOfTheirs_EmptyStates()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.ResellerAdmin with { ResellerId = 99 };
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var widget = ctx.Render<ResellerWidget>();

        widget.WaitForAssertion(() => Assert.Equal(3, widget.FindAll("[data-testid=empty-state]").Count));
    }

    [Fact]
    public async Task Employee_OwnOrdersAndUpgradeableLines_OtherRequestersLeftOut()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.Employee;
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var widget = ctx.Render<EmployeeWidget>();

        widget.WaitForAssertion(() => Assert.NotEmpty(widget.FindAll("[data-testid=my-device-orders] a[href^='/devices/orders/']")));
        await using var db = await console.SystemDbAsync();
        var mine = await db.Set<DeviceOrder>().CountAsync(o => o.CompanyId == DemoData.CompanyId && o.RequesterUserId == user.UserId);
        Assert.Equal(Math.Min(mine, RoleQueries.Rows), widget.FindAll("[data-testid=my-device-orders] a[href^='/devices/orders/']").Count);
    }

    [Fact]
    public async Task Employee_NoOrdersNoLines_EmptyStates()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.Employee with { UserId = "nobody-yet" };
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var widget = ctx.Render<EmployeeWidget>();

        widget.WaitForAssertion(() => Assert.Equal(2, widget.FindAll("[data-testid=empty-state]").Count));
    }

    [Fact]
    public async Task Approvals_RejectWithReasonAndConfirmation_OrderLeavesTheList()
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.Manager;
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);
        var providers = ctx.RenderProviders();
        var widget = ctx.Render<ApprovalsWidget>();
        widget.WaitForAssertion(() => Assert.NotEmpty(widget.FindAll("[data-testid=approvals] li")));
        var number = widget.Find("[data-testid=approvals] li").GetAttribute("data-order")!;

        widget.Find($"[data-testid=approvals] li[data-order='{number}'] input").Input("Not in this budget");
        widget.Find($"button[aria-label='Reject {number}']").Click();
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("[data-testid=confirm-button]")));
        providers.Find("[data-testid=confirm-button]").Click();

        widget.WaitForAssertion(() => Assert.DoesNotContain(widget.FindAll("[data-testid=approvals] li"), li => li.GetAttribute("data-order") == number), TimeSpan.FromSeconds(5));
        await using var db = await console.SystemDbAsync();
        var id = int.Parse(number["DO-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var order = await db.Set<DeviceOrder>().AsNoTracking().FirstAsync(o => o.Id == id);
        Assert.Equal(DeviceOrderStatus.Rejected, order.Status);
        Assert.Equal("Not in this budget", order.DecisionReason);
    }

    [Theory]
    [InlineData(Roles.AccountAdmin, "account-glance")]
    [InlineData(Roles.Customer, "customer-orders")]
    [InlineData(Roles.CustomerAdmin, "customer-orders")]
    [InlineData(Roles.ResellerAdmin, "reseller-glance")]
    [InlineData(Roles.ResellerUser, "reseller-glance")]
    [InlineData(Roles.Employee, "my-device-orders")]
    [InlineData(Roles.Manager, "approvals")]
    public async Task Page_EachRole_GetsItsWidgetAndNoPartnerWidgets(string role, string widget)
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.All.First(u => u.Role == role);
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"[data-testid={widget}]")));
        Assert.Empty(page.FindAll("[data-testid=needs-attention]"));
        if (role != Roles.Manager) Assert.Empty(page.FindAll("[data-testid=approvals]"));
    }

    [Fact]
    public async Task Queries_WrongRole_AccessDenied()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var queries = console.Get<RoleQueries>(scope);
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.AccountAsync(TestUsers.Customer));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.CustomerAsync(TestUsers.AccountAdmin));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.ResellerAsync(TestUsers.PartnerAdmin));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.EmployeeAsync(TestUsers.ResellerUser));
    }

    [Fact]
    public async Task Reseller_OtherResellersSites_NeverCounted()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.ResellerAdmin);
        var glance = await console.Get<RoleQueries>(scope).ResellerAsync(TestUsers.ResellerAdmin);
        await using var db = await console.SystemDbAsync();
        Assert.Equal(await db.Set<AppSuiteSite>().CountAsync(s => s.ResellerId == DemoData.ResellerId), glance.SitesByVersion.Sum(v => v.Sites));
    }
}
