using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Devices.Ordering;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class DeviceOrdersPageTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<DeviceOrdersPage> page) => page.FindAll("tbody tr.mud-table-row");

    private static IRenderedComponent<DeviceOrdersPage> Open(BunitContext ctx, string uri)
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return ctx.Render<DeviceOrdersPage>();
    }

    [Fact]
    public async Task Render_Manager_ListsCompanyOrdersWithStatusChipsAndTheMineFilter()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();

        var page = Open(ctx, "/devices/orders");

        page.WaitForAssertion(() => Assert.Equal(4, Rows(page).Count));
        Assert.Equal("4 orders", page.Find("[data-testid=device-orders-total]").TextContent);
        var rejected = Rows(page).Single(r => r.TextContent.Contains("DO-00003"));
        Assert.Equal("failed", rejected.QuerySelector("[data-status=Rejected]")!.GetAttribute("data-tone"));
        Assert.Equal("/devices/orders/3", rejected.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Jordan Lee", rejected.TextContent);
        Assert.Contains("Verizon Business", rejected.TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=device-orders-mine]"));
    }

    [Fact]
    public async Task Render_Employee_HasNoMineFilter()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var page = Open(ctx, "/devices/orders");

        page.WaitForAssertion(() => Assert.Equal(4, Rows(page).Count));
        Assert.Empty(page.FindAll("[data-testid=device-orders-mine]"));
    }

    [Fact]
    public async Task StatusInAddress_FiltersAndPickingAnotherStatusWritesTheAddress()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        var providers = ctx.RenderProviders();

        var page = Open(ctx, "/devices/orders?status=Rejected");

        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Contains("DO-00003", Rows(page)[0].TextContent);
        Assert.Equal("Rejected", DeviceBunit.Shown(page, "device-orders-status"));
        DeviceBunit.Pick(page, providers, "device-orders-status", "Sent to dealer");
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count));
        Assert.Contains("status=SentToDealer", ctx.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysWhy()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();

        var page = Open(ctx, "/devices/orders?q=Nobody%20Such");

        page.WaitForAssertion(() => Assert.Contains("No device orders match “Nobody Such”.", page.Find("[data-testid=empty-state]").TextContent));
    }

    [Fact]
    public async Task Live_EmployeeConfirmsADraft_ManagersListShowsItPendingWithoutReload()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DeviceTestData.DraftAsync(console);
        await using var scope = console.As(TestUsers.Manager);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();
        var page = Open(ctx, "/devices/orders");
        var number = DeviceOrder.FormatNumber(id);
        page.WaitForAssertion(() => Assert.Contains("Draft", Rows(page).Single(r => r.TextContent.Contains(number)).TextContent));

        await using (var employee = console.As(TestUsers.Employee))
            await console.Get<DeviceOrderService>(employee).ConfirmAsync(id);

        page.WaitForAssertion(() => Assert.Contains("Pending approval", Rows(page).Single(r => r.TextContent.Contains(number)).TextContent), TimeSpan.FromSeconds(5));
    }
}

public sealed class OrderDetailPageTests
{
    private static IRenderedComponent<OrderDetailPage> Open(BunitContext ctx, int id) => ctx.Render<OrderDetailPage>(p => p.Add(o => o.Id, id));

    [Fact]
    public async Task Draft_Requester_SeesConfirmModifyDelete_ConfirmSendsItForApproval()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DeviceTestData.DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var page = Open(ctx, id);

        page.WaitForAssertion(() => Assert.Equal("Draft", page.Find("[data-testid=order-status]").TextContent.Trim()));
        Assert.Equal(["Confirm Order Items", "Modify order", "Delete order"],
            page.Find("section[aria-labelledby=confirm-title]").QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Empty(page.FindAll("#approval-title"));
        DeviceBunit.Button(page, "Confirm Order Items").Click();

        page.WaitForAssertion(() => Assert.Equal("Pending approval", page.Find("[data-testid=order-status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("#confirm-title"));
        Assert.Contains("Order items confirmed.", ctx.SnackbarMessages());
    }

    [Fact]
    public async Task Pending_ApproverSeesTheDecision_RequesterSeesTheStatusChangeLive()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DeviceTestData.DraftAsync(console);
        await using (var arrange = console.As(TestUsers.Employee))
            await console.Get<DeviceOrderService>(arrange).ConfirmAsync(id);
        await using var employeeScope = console.As(TestUsers.Employee);
        await using var employeeCtx = new BunitContext();
        employeeCtx.UseConsole(employeeScope, TestUsers.Employee);
        employeeCtx.RenderProviders();
        var employeePage = Open(employeeCtx, id);
        employeePage.WaitForAssertion(() => Assert.Equal("Pending approval", employeePage.Find("[data-testid=order-status]").TextContent.Trim()));
        Assert.Empty(employeePage.FindAll("#approval-title"));

        await using var managerScope = console.As(TestUsers.Manager);
        await using var managerCtx = new BunitContext();
        managerCtx.UseConsole(managerScope, TestUsers.Manager);
        managerCtx.RenderProviders();
        var managerPage = Open(managerCtx, id);
        managerPage.WaitForAssertion(() => Assert.NotEmpty(managerPage.FindAll("#approval-title")));
        managerPage.Find("[data-testid=reason-" + DeviceOrder.FormatNumber(id) + "]").Input("Budgeted replacement");
        managerPage.Find($"button[aria-label='Approve {DeviceOrder.FormatNumber(id)}']").Click();

        employeePage.WaitForAssertion(() => Assert.Equal("Sent to dealer", employeePage.Find("[data-testid=order-status]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal("Budgeted replacement", employeePage.Find("[data-testid=decision-reason]").TextContent);
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheOrderAndReturnsToTheList()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DeviceTestData.DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var page = Open(ctx, id);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#confirm-title")));

        DeviceBunit.Button(page, "Delete order").Click();
        providers.WaitForAssertion(() => Assert.Contains("This cannot be undone", providers.Find(".mud-dialog").TextContent));
        providers.Find("[data-testid=confirm-button]").Click();

        providers.WaitForAssertion(() => Assert.EndsWith("/devices/orders", ctx.Services.GetRequiredService<NavigationManager>().Uri));
        await Assert.ThrowsAsync<Components.Platform.Errors.NotFoundException>(() => console.Get<OrderQueryService>(scope).GetAsync(id));
    }

    [Fact]
    public async Task Render_AnotherCompanysOrder_SaysItDoesNotExist()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.TailspinEmployee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.TailspinEmployee);
        ctx.RenderProviders();

        var page = Open(ctx, 1);

        page.WaitForAssertion(() => Assert.Contains("Order DO-00001 does not exist or was deleted.", page.Find("[data-testid=empty-state]").TextContent));
    }
}

public sealed class OrderSummaryTests
{
    [Fact]
    public async Task Render_DecidedOrder_ShowsItemsTotalsInformationAndHistory()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        var order = await console.Get<OrderQueryService>(scope).GetAsync(3);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);

        var summary = ctx.Render<OrderSummary>(p => p.Add(s => s.Order, order));

        Assert.Equal(2, summary.FindAll("[data-testid=order-item]").Count);
        Assert.Equal(Pricing.Money(order.Totals.Total), summary.Find("[data-testid=order-total]").TextContent);
        Assert.Equal("Warehouse staff use shared handhelds.", summary.Find("[data-testid=decision-reason]").TextContent);
        Assert.Equal(["Created", "Confirmed", "Rejected"], summary.FindAll("[data-testid=order-history] tbody tr").Select(r => r.Children[2].TextContent));
        Assert.Contains("Jordan Lee", summary.Markup);
    }

    [Fact]
    public async Task Render_DraftFromTheBasket_AccessoryUnderItsDeviceAndNoDecisionYet()
    {
        await using var console = await TestConsole.StartAsync();
        var id = await DeviceTestData.DraftAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        var order = await console.Get<OrderQueryService>(scope).GetAsync(id);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);

        var summary = ctx.Render<OrderSummary>(p => p.Add(s => s.Order, order));

        var items = summary.FindAll("[data-testid=order-item]");
        Assert.Contains("Apple iPhone 16", items[0].TextContent);
        Assert.Contains("24-month term", items[0].TextContent);
        Assert.Equal("dv-child", items[1].GetAttribute("class"));
        Assert.Empty(summary.FindAll("[data-testid=decision-reason]"));
        Assert.Contains("ops@fabrikam.example", summary.Markup);
    }
}

public sealed class DeviceStatusChipTests
{
    [Theory]
    [InlineData(DeviceOrderStatus.Draft, "Draft", StatusTone.NeedsAction)]
    [InlineData(DeviceOrderStatus.PendingApproval, "Pending approval", StatusTone.NeedsAction)]
    [InlineData(DeviceOrderStatus.Approved, "Approved", StatusTone.InProgress)]
    [InlineData(DeviceOrderStatus.SentToDealer, "Sent to dealer", StatusTone.Done)]
    [InlineData(DeviceOrderStatus.Rejected, "Rejected", StatusTone.Failed)]
    public async Task Render_Status_ShowsItsWordsInItsTone(DeviceOrderStatus status, string text, StatusTone tone)
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var chip = ctx.Render<DeviceStatusChip>(p => p.Add(c => c.Status, status).Add(c => c.TestId, "chip"));
        Assert.Equal(text, chip.Find("[data-testid=chip]").TextContent.Trim());
        Assert.Equal(status.ToString(), chip.Find("[data-testid=chip]").GetAttribute("data-status"));
        Assert.Equal(tone, DeviceStatusChip.Tone(status));
    }
}
