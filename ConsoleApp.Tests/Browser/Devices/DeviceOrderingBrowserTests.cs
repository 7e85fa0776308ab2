using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ConsoleApp.Tests.Browser.Devices;

[Collection(BrowserCollection.Name)]
public sealed class DeviceOrderingBrowserTests(ConsoleServer server)
{
    [Fact]
    public async Task OrderFlow_EmployeeOrdersManagerApproves_BothPagesUpdateWithoutReload()
    {
        var manager = await server.SignInAsync("manager@demo.test", "/devices/approvals");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Device approvals" })).ToBeVisibleAsync();
        await MarkAsync(manager);

        var employee = await server.SignInAsync("employee@demo.test", "/devices/order");
        var order = new DeviceOrderPageObject(employee);
        await order.WaitReadyAsync();
        await Assertions.Expect(order.Tab("Order New Device")).ToBeVisibleAsync();
        await Assertions.Expect(order.Tab("Upgrade Existing Device")).ToBeVisibleAsync();
        await order.ChooseAsync(order.Make, "Apple");
        await order.Device("Apple iPhone 16").ClickAsync();
        await order.ChooseAsync(order.Size, "128 GB");
        await Assertions.Expect(order.Term).ToHaveValueAsync(new Regex("^24-month term"));
        await order.AddToBasket.ClickAsync();
        await Assertions.Expect(order.BasketItems).ToHaveCountAsync(1);
        await order.AddAccessory("Clear case").ClickAsync();
        await Assertions.Expect(order.BasketItems).ToHaveCountAsync(2);

        // The same user's other tab sees the basket live, including the colour change made in the first tab.
        var secondTab = await employee.Context.NewPageAsync();
        await secondTab.GotoAsync("/devices/order");
        await ConsoleServer.WaitForCircuitAsync(secondTab);
        var other = new DeviceOrderPageObject(secondTab);
        await other.WaitReadyAsync();
        await Assertions.Expect(other.BasketItems).ToHaveCountAsync(2);
        await order.ChooseAsync(order.ColourOf("Apple iPhone 16"), "Teal");
        await Assertions.Expect(other.ColourValueOf("Apple iPhone 16")).ToHaveValueAsync("Teal");
        await secondTab.CloseAsync();

        await order.CreateOrder.ClickAsync();
        await Assertions.Expect(employee).ToHaveURLAsync(new Regex("/devices/order/checkout$"));
        var checkout = new CheckoutPageObject(employee);
        // The HR autofill: Emery orders for themselves unless they pick someone else.
        await Assertions.Expect(checkout.Employee).ToHaveValueAsync("Emery Employee (F-1002)");
        await checkout.Notify.FillAsync("ops@fabrikam.example");
        await checkout.CreateOrder.ClickAsync();
        await Assertions.Expect(employee).ToHaveURLAsync(new Regex("/devices/orders/\\d+$"));

        var detail = new OrderDetailPageObject(employee);
        await Assertions.Expect(detail.Status).ToHaveTextAsync("Draft");
        var number = await detail.NumberAsync();
        await detail.ConfirmItems.ClickAsync();
        await Assertions.Expect(detail.Status).ToHaveTextAsync("Pending approval");
        await MarkAsync(employee);

        var approvals = new ApprovalsPageObject(manager);
        await Assertions.Expect(approvals.Request(number)).ToBeVisibleAsync();
        await approvals.Reason(number).FillAsync("Budgeted replacement");
        await approvals.Approve(number).ClickAsync();
        await Assertions.Expect(approvals.Request(number)).ToHaveCountAsync(0);

        await Assertions.Expect(detail.Status).ToHaveTextAsync("Sent to dealer");
        await Assertions.Expect(detail.History).ToContainTextAsync("Approved");
        await AssertNotReloadedAsync(manager);
        await AssertNotReloadedAsync(employee);
        await manager.Context.CloseAsync();
        await employee.Context.CloseAsync();
    }

    [Fact]
    public async Task OrderPage_CompanyWithMenu_ShowsUpgradeEligibility()
    {
        var employee = await server.SignInAsync("employee@demo.test", "/devices/order?tab=upgrade");
        await new DeviceOrderPageObject(employee).WaitReadyAsync();
        var order = new DeviceOrderPageObject(employee);
        await Assertions.Expect(order.Tab("Upgrade Existing Device")).ToHaveAttributeAsync("aria-selected", "true");
        await order.ChooseAsync(order.Line, "206-555-7777 · Emery Employee · Samsung Galaxy S24");
        await Assertions.Expect(employee.GetByTestId("eligibility")).ToContainTextAsync("Not eligible until");
        await Assertions.Expect(employee.GetByText("Contract Balance", new() { Exact = true })).ToBeVisibleAsync();
        await employee.Context.CloseAsync();
    }

    [Fact]
    public async Task OrdersPage_Manager_ListsCompanyOrdersFilteredByStatus()
    {
        var manager = await server.SignInAsync("manager@demo.test", "/devices/orders?status=Rejected");
        var grid = manager.GetByRole(AriaRole.Region, new() { Name = "Device orders", Exact = true }).GetByRole(AriaRole.Table);
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "DO-00003" })).ToBeVisibleAsync();
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "DO-00001" })).ToHaveCountAsync(0);
        await manager.Context.CloseAsync();
    }

    private static Task MarkAsync(IPage page) => page.EvaluateAsync("() => { window.__noReload = 'still-here'; }");

    private static async Task AssertNotReloadedAsync(IPage page) =>
        Assert.Equal("still-here", await page.EvaluateAsync<string>("() => window.__noReload"));
}
