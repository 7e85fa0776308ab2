using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Orders;

public sealed class OrdersPageTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<OrdersPage> page) => page.FindAll("tbody tr.mud-table-row");

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<OrdersPage> page, string sap) =>
        Rows(page).Single(r => r.QuerySelector($"a[aria-label='Details of order {sap}']") is not null);

    private static IRenderedComponent<OrdersPage> Open(BunitContext ctx, string uri)
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return ctx.Render<OrdersPage>();
    }

    [Fact]
    public async Task Search_InAddress_ShowsMatchingOrdersWithStatusAndAssignButtons()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "BUNITSRCH-1", DateTime.UtcNow.AddDays(200));
        await OrderTestData.AddAsync(console, "BUNITSRCH-2", DateTime.UtcNow.AddDays(10));
        await OrderTestData.AddAsync(console, "BUNITSRCH-3", DateTime.UtcNow.AddDays(-1));
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();

        var page = Open(ctx, "/orders?q=bunitsrch-");

        page.WaitForAssertion(() => Assert.Equal(3, Rows(page).Count));
        Assert.Equal("3 orders", page.Find("[data-testid=orders-total]").TextContent);
        Assert.Equal("ASSIGN", Row(page, "BUNITSRCH-1").QuerySelector("button[aria-label='Assign order BUNITSRCH-1']")!.TextContent.Trim());
        Assert.Equal("needs-action", Row(page, "BUNITSRCH-2").QuerySelector("[data-status=ExpiringSoon]")!.GetAttribute("data-tone"));
        Assert.Null(Row(page, "BUNITSRCH-3").QuerySelector("button[aria-label^='Assign order']"));
        Assert.Contains("12 months", Row(page, "BUNITSRCH-1").TextContent);
    }

    [Fact]
    public async Task View_Unassigned_LeavesAssignedOrdersOutAndSaysWhyWhenEmpty()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "BUNITVIEW-1", DateTime.UtcNow.AddDays(200), accountId: 5);
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();

        var page = Open(ctx, "/orders?view=unassigned&q=bunitview-");

        page.WaitForAssertion(() => Assert.Contains("No orders match “bunitview-”.", page.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task DetailsLink_Clicked_OpensPanelAndPutsOrderInAddress()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "BUNITDET-1", DateTime.UtcNow.AddDays(200), accountId: 5);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = Open(ctx, "/orders?q=bunitdet-");
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("a[aria-label='Details of order BUNITDET-1']").Click();

        page.WaitForAssertion(() => Assert.Equal("Evergreen Realty", page.Find("[data-testid=detail-account]").TextContent));
        Assert.Contains($"order={order.Id}", ctx.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Assign_ThroughPanelWithCompanySearch_AssignsReportsAndUpdatesRow()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "BUNITASG-1", DateTime.UtcNow.AddDays(200));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var providers = ctx.RenderProviders();
        var page = Open(ctx, "/orders?q=bunitasg-");
        page.WaitForAssertion(() => Assert.Single(Rows(page)));

        page.Find("button[aria-label='Assign order BUNITASG-1']").Click();
        page.Find(".mud-autocomplete input").Input("Juniper");
        providers.WaitForAssertion(() => Assert.Contains(providers.FindAll(".mud-list-item"), i => i.TextContent.Contains("Juniper Schools")));
        providers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Juniper Schools")).Click();
        page.WaitForAssertion(() => Assert.False(page.FindAll("[role=dialog] button").Single(b => b.TextContent.Trim() == "Assign").HasAttribute("disabled")));
        page.FindAll("[role=dialog] button").Single(b => b.TextContent.Trim() == "Assign").Click();

        page.WaitForAssertion(() => Assert.Contains("Juniper Schools", Row(page, "BUNITASG-1").TextContent));
        Assert.Contains("PENDING ACTIVATION", Row(page, "BUNITASG-1").TextContent);
        Assert.Empty(page.FindAll("[role=dialog]"));
        Assert.Contains("Order BUNITASG-1 assigned to Juniper Schools.", ctx.SnackbarMessages());
    }

    [Fact]
    public async Task Selection_TwoOrders_OpensBulkAssignForBoth()
    {
        await using var console = await TestConsole.StartAsync();
        await OrderTestData.AddAsync(console, "BUNITBULK-1", DateTime.UtcNow.AddDays(200));
        await OrderTestData.AddAsync(console, "BUNITBULK-2", DateTime.UtcNow.AddDays(200));
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var page = Open(ctx, "/orders?q=bunitbulk-");
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count));

        BunitConsole.InputNamed(page.Find("[aria-label='Select order BUNITBULK-1']")).Change(true);
        BunitConsole.InputNamed(page.Find("[aria-label='Select order BUNITBULK-2']")).Change(true);
        page.FindAll("button").Single(b => b.TextContent.Contains("Assign selected (2)")).Click();

        page.WaitForAssertion(() => Assert.Equal("Assign 2 orders", page.Find("#assign-title").TextContent));
        Assert.Contains("BUNITBULK-1, BUNITBULK-2", page.Find("[role=dialog]").TextContent);
    }

    [Fact]
    public async Task Live_OrderAssignedByAnotherUser_RowUpdatesWithoutReload()
    {
        await using var console = await TestConsole.StartAsync();
        var order = await OrderTestData.AddAsync(console, "BUNITLIVE-1", DateTime.UtcNow.AddDays(200));
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var page = Open(ctx, "/orders?q=bunitlive-");
        page.WaitForAssertion(() => Assert.Contains("ASSIGN", Row(page, "BUNITLIVE-1").TextContent));

        // Another partner user assigns it: the service commits and publishes on the change feed.
        await using (var other = console.As(TestUsers.PartnerAdmin))
            await console.Get<OrderService>(other).AssignManyAsync([order.Id], 5);

        page.WaitForAssertion(() => Assert.Contains("Evergreen Realty", Row(page, "BUNITLIVE-1").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Search_OfControlCharactersInAddress_ShowsNoMatch()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();

        var page = Open(ctx, "/orders?q=%00%01%1B%E2%80%AE");

        page.WaitForAssertion(() => Assert.Contains("No orders match", page.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(Rows(page));
    }

    [Fact]
    public async Task Search_TypedWithControlCharacters_ShowsNoMatch()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerStaff);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerStaff);
        ctx.RenderProviders();
        var page = Open(ctx, "/orders");
        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page)));

        page.Find(".pc-grid-search input").Input("\u0000\t\u0007");

        // Debounced search, then a real query: allow for a loaded machine.
        page.WaitForAssertion(() => Assert.Contains("No orders match", page.Find("[data-testid=empty-state]").TextContent), TimeSpan.FromSeconds(30));
    }
}

public sealed class AssignOrderPanelTests
{
    private static async Task<OrderRow> RowAsync(TestConsole console, AsyncServiceScope scope, string sap, DateTime? expires, int? accountId = null)
    {
        var order = await OrderTestData.AddAsync(console, sap, expires, accountId);
        return (await console.Get<OrderService>(scope).GetAsync(order.Id))!;
    }

    [Fact]
    public async Task Blocked_AlreadyAssignedOrder_SaysWhyAndCannotAssign()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var row = await RowAsync(console, scope, "BUNITPNL-1", DateTime.UtcNow.AddDays(100), accountId: 5);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();

        var panel = ctx.Render<AssignOrderPanel>(p => p.Add(a => a.Items, [row]));

        Assert.Contains("is PENDING ACTIVATION (Evergreen Realty) and can no longer be assigned", panel.Find("[role=alert]").TextContent);
        Assert.True(panel.FindAll("button").Single(b => b.TextContent.Trim() == "Assign").HasAttribute("disabled"));
    }

    [Fact]
    public async Task CompanySearch_OffersOnlyActiveMatchingAccounts()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var row = await RowAsync(console, scope, "BUNITPNL-2", DateTime.UtcNow.AddDays(100));
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        var providers = ctx.RenderProviders();
        var panel = ctx.Render<AssignOrderPanel>(p => p.Add(a => a.Items, [row]));

        panel.Find(".mud-autocomplete input").Input("Evergreen");

        providers.WaitForAssertion(() => Assert.Single(providers.FindAll(".mud-list-item")));
        Assert.Contains("Evergreen Realty", providers.Find(".mud-list-item").TextContent);
        Assert.Equal("Assign order BUNITPNL-2", panel.Find("#assign-title").TextContent);
    }

    [Fact]
    public async Task Close_Clicked_TellsThePage()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var row = await RowAsync(console, scope, "BUNITPNL-3", DateTime.UtcNow.AddDays(100));
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var closed = false;
        var panel = ctx.Render<AssignOrderPanel>(p => p.Add(a => a.Items, [row]).Add(a => a.OnClose, () => closed = true));

        panel.Find("button[aria-label='Close assign panel']").Click();

        Assert.True(closed);
    }
}

public sealed class OrderDetailsPanelTests
{
    [Fact]
    public async Task Render_Order_ShowsEssentialsThenTrackingDetailsOnRequest()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var order = await OrderTestData.AddAsync(console, "BUNITDP-1", DateTime.UtcNow.AddDays(100), customerPo: "CPO-777");
        var row = await console.Get<OrderService>(scope).GetAsync(order.Id);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        OrderRow? assign = null;
        var panel = ctx.Render<OrderDetailsPanel>(p => p.Add(d => d.Order, row).Add(d => d.OnAssign, r => assign = r));

        Assert.Equal("TRK-BUNITDP-1", panel.Find("[data-testid=detail-tracking]").TextContent);
        Assert.Equal("Not assigned", panel.Find("[data-testid=detail-account]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=tracking-details]"));
        panel.FindAll("button").Single(b => b.TextContent.Contains("See additional tracking details")).Click();
        Assert.Contains("CPO-777", panel.Find("[data-testid=tracking-details]").TextContent);
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Assign").Click();
        Assert.Equal(order.Id, assign?.Id);
    }

    [Fact]
    public async Task Render_NoOrder_SaysItWasNotFound()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var panel = ctx.Render<OrderDetailsPanel>(p => p.Add(d => d.Order, null));
        Assert.Contains("That order was not found", panel.Find("[role=alert]").TextContent);
    }
}

public sealed class OrderStatusChipTests
{
    [Theory]
    [InlineData(OrderStatus.Assign, "ASSIGN", StatusTone.NeedsAction)]
    [InlineData(OrderStatus.ExpiringSoon, "EXPIRING SOON", StatusTone.NeedsAction)]
    [InlineData(OrderStatus.PendingActivation, "PENDING ACTIVATION", StatusTone.InProgress)]
    [InlineData(OrderStatus.Expired, "EXPIRED", StatusTone.Failed)]
    [InlineData(OrderStatus.Perpetual, "PERPETUAL", StatusTone.Done)]
    public async Task Render_Status_ShowsProductWordsInItsTone(OrderStatus status, string text, StatusTone tone)
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var chip = ctx.Render<OrderStatusChip>(p => p.Add(c => c.Status, status).Add(c => c.TestId, "chip"));
        Assert.Equal(text, chip.Find("[data-testid=chip]").TextContent.Trim());
        Assert.Equal(tone, OrderStatusChip.Tone(status));
    }
}
