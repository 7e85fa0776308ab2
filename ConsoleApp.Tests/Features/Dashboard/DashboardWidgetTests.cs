using ConsoleApp.Components.Features.Dashboard;
using ConsoleApp.Components.Features.Dashboard.Partner;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Tests.Features.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Tests.Features.Dashboard;

public sealed class DashboardWidgetTests
{
    /// <summary>A partner user of a partner without any rows: every widget is empty.</summary>
    private static readonly UserContext EmptyPartner = TestUsers.PartnerAdmin with { PartnerId = 99 };

    private static void Publish(TestConsole console, LiveTopic topic, object id, int partnerId = DemoData.PartnerId) =>
        console.Services.GetRequiredService<IChangeNotifier>().Publish(topic, id, Tenant.Partner(partnerId));

    [Fact]
    public async Task NeedsAttention_ExpiringOrder_RowLinksToOrderAndAssignOpensTheAssignPanel()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "BDASH-1", DateTime.UtcNow.AddHours(1));
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();

        var widget = ctx.Render<NeedsAttentionWidget>();

        widget.WaitForAssertion(() => Assert.NotNull(widget.Find($"a[href='/orders?order={order.Id}']")));
        widget.Find("button[aria-label='Assign: Order BDASH-1 expires unassigned']").Click();
        widget.WaitForAssertion(() => Assert.Equal("Assign order BDASH-1", widget.Find("#assign-title").TextContent));
    }

    [Fact]
    public async Task NeedsAttention_NothingToDo_SaysSoWithTheTimeChecked()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(EmptyPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, EmptyPartner);

        var widget = ctx.Render<NeedsAttentionWidget>();

        widget.WaitForAssertion(() => Assert.Matches(@"^Nothing needs attention \(checked \d\d:\d\d UTC\)\.$", widget.Find("[data-testid=empty-state]").TextContent.Trim()));
    }

    [Fact]
    public async Task NeedsAttention_Live_ReloadsOnItsTopicsOnly()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var widget = ctx.Render<NeedsAttentionWidget>();
        widget.WaitForAssertion(() => Assert.NotNull(widget.Find("[data-testid=needs-attention] h2")));
        widget.WaitForAssertion(() => Assert.Empty(widget.FindAll(".pc-loading-rows")));
        var failed = await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #bdash-live", MarketplaceStatus.ProvisioningFailed, DateTime.UtcNow);

        Publish(console, AuditLog.Topic, 1);
        await Task.Delay(500);
        Assert.DoesNotContain("Order #bdash-live", widget.Markup, StringComparison.Ordinal);

        Publish(console, ConsoleApp.Components.Features.Marketplace.MarketplaceTopics.Topic, failed.Id);
        widget.WaitForAssertion(() => Assert.Contains("Order #bdash-live", widget.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Activity_ShowsLatestEntries_AndANewOneLive()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var widget = ctx.Render<ActivityWidget>();
        widget.WaitForAssertion(() => Assert.Empty(widget.FindAll(".pc-loading-rows")));

        await using (var db = await console.SystemDbAsync())
        {
            AuditLog.Record(db, TestUsers.PartnerStaff, "PartnerOrder", "BDASH-ACT", "Assigned");
            await db.SaveChangesAsync();
        }

        widget.WaitForAssertion(() => Assert.Contains("BDASH-ACT", widget.FindAll(".pc-activity-row")[0].TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("partner.staff@demo.test", widget.FindAll(".pc-activity-row")[0].TextContent, StringComparison.Ordinal);
        Assert.True(widget.FindAll(".pc-activity-row").Count <= ActivityQuery.Rows);
    }

    [Fact]
    public async Task Activity_NoEntries_EmptyState()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(EmptyPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, EmptyPartner);

        var widget = ctx.Render<ActivityWidget>();

        widget.WaitForAssertion(() => Assert.Contains("Nothing has happened yet.", widget.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiriesChart_TableLinksOpenTheFilteredOrdersGrid_AndFollowChangesLive()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(EmptyPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, EmptyPartner);
        var widget = ctx.Render<ExpiriesChartWidget>();
        widget.WaitForAssertion(() => Assert.Contains("No orders expire in the next 12 weeks.", widget.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));

        var day = DateTime.UtcNow.Date.AddDays(3);
        await DashboardTestData.AddPartnerAsync(console, 99);
        await OrderTestData.AddAsync(console, "BDASH-CH-1", day.AddHours(12), partnerId: 99);
        Publish(console, OrderTopics.Orders, 1, partnerId: 99);

        widget.WaitForAssertion(() => Assert.NotEmpty(widget.FindAll("[data-testid=chart-link]")), TimeSpan.FromSeconds(5));
        var link = Assert.Single(widget.FindAll("[data-testid=chart-link]"));
        var today = DateTime.UtcNow.Date;
        Assert.Equal($"/orders?expires-from={today:yyyy-MM-dd}&expires-to={today.AddDays(6):yyyy-MM-dd}&assigned=no", link.GetAttribute("href"));
        Assert.Equal("1", link.TextContent);
    }

    [Fact]
    public async Task ExpiriesChart_BarClicked_OpensTheGridFilteredToThatWeekAndSeries()
    {
        await using var console = await TestConsole.StartAsync();
        await DashboardTestData.AddPartnerAsync(console, 99);
        await OrderTestData.AddAsync(console, "BDASH-BAR-1", DateTime.UtcNow.Date.AddDays(8).AddHours(12), partnerId: 99);
        await using var scope = console.As(EmptyPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, EmptyPartner);
        var widget = ctx.Render<ExpiriesChartWidget>();
        widget.WaitForAssertion(() => Assert.NotEmpty(widget.FindAll("path.mud-chart-bar")));

        // The unassigned series of week 2 is the only bar with a height.
        var tallest = widget.FindAll("path.mud-chart-bar").Select((p, i) => (Index: i, Height: Height(p.GetAttribute("d")!))).MaxBy(b => b.Height).Index;
        widget.FindAll("path.mud-chart-bar")[tallest].TriggerEvent("onmouseover", new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        widget.FindAll("path.mud-chart-bar")[tallest].Click();

        var week = DateTime.UtcNow.Date.AddDays(7);
        Assert.EndsWith($"/orders?expires-from={week:yyyy-MM-dd}&expires-to={week.AddDays(6):yyyy-MM-dd}&assigned=no",
            ctx.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    /// <summary>A bar is drawn as one thick line "M x y1 L x y2".</summary>
    private static double Height(string d)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(d, @"-?\d+(\.\d+)?")
            .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return numbers.Count >= 4 ? Math.Abs(numbers[1] - numbers[3]) : 0;
    }

    [Fact]
    public async Task OrdersPerDayChart_AndProvisioningChart_EmptyStates()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(EmptyPartner);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, EmptyPartner);

        var orders = ctx.Render<OrdersPerDayChartWidget>();
        var provisioning = ctx.Render<ProvisioningChartWidget>();

        orders.WaitForAssertion(() => Assert.Contains("No orders were received in the last 30 days.", orders.Markup, StringComparison.Ordinal));
        provisioning.WaitForAssertion(() => Assert.Contains("No marketplace order finished provisioning in the last 30 days.", provisioning.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProvisioningChart_Staff_NoLinksToTheAdminsAuditTrail()
    {
        await using var console = await TestConsole.StartAsync();
        await DashboardTestData.AddMarketplaceOrderAsync(console, "Order #bdash-out", MarketplaceStatus.Completed, DateTime.UtcNow.AddHours(-1));
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);

        var widget = ctx.Render<ProvisioningChartWidget>();

        widget.WaitForAssertion(() => Assert.NotEmpty(widget.FindAll(".pc-chart-table tbody tr")));
        Assert.Empty(widget.FindAll("[data-testid=chart-link]"));
    }

    [Theory]
    [InlineData(Roles.PartnerAdmin, true)]
    [InlineData(Roles.PartnerStaff, true)]
    [InlineData(Roles.AccountAdmin, false)]
    [InlineData(Roles.Customer, false)]
    [InlineData(Roles.ResellerAdmin, false)]
    [InlineData(Roles.Employee, false)]
    [InlineData(Roles.Manager, false)]
    public async Task Page_PartnerWidgets_OnlyForPartnerUsers(string role, bool shown)
    {
        await using var console = await TestConsole.StartAsync();
        var user = TestUsers.All.First(u => u.Role == role);
        await using var scope = console.As(user);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, user);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".pc-loading-rows")));
        foreach (var id in new[] { "needs-attention", "activity", "chart-expiries", "chart-orders-per-day", "chart-provisioning" })
            Assert.Equal(shown, page.FindAll($"[data-testid={id}]").Count == 1);
    }
}
