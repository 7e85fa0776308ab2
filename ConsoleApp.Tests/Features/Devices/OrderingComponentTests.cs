using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Devices.Catalog;
using ConsoleApp.Components.Features.Devices.Ordering;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class DeviceOrderPageTests
{
    [Fact]
    public async Task Render_CompanyWithMenu_ShowsTabsCarrierPickerDevicesAndBasket()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        ctx.RenderProviders();

        var page = ctx.Render<DeviceOrderPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=device-choice]")));
        Assert.Equal("true", page.Find("[data-testid=device-order]").GetAttribute("data-interactive"));
        Assert.Equal(["Order New Device", "Upgrade Existing Device", "Order Accessory"], page.FindAll("[role=tab]").Select(t => t.TextContent.Trim()));
        Assert.Equal("AT&T Business", DeviceBunit.Shown(page, "carrier"));
        Assert.Contains(page.FindAll("[data-testid=device-choice]"), b => b.TextContent.Contains("Apple iPhone 16"));
        Assert.Contains("Your basket is empty", page.Find("[data-testid=basket]").TextContent);
    }

    [Fact]
    public async Task Render_CompanyWithoutMenu_GoesStraightToNewDevicesWithItsOneCarrier()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.TailspinEmployee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.TailspinEmployee);
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        ctx.RenderProviders();
        // Even a link to another tab stays on new devices.
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/devices/order?tab=upgrade");

        var page = ctx.Render<DeviceOrderPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=device-choice]")));
        Assert.Empty(page.FindAll("[role=tab]"));
        Assert.Equal("Order New Device", page.Find("h2").TextContent.Trim());
        Assert.Contains("Carrier: T-Mobile for Business", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=line]"));
    }

    [Fact]
    public async Task Tab_UpgradeInAddress_ShowsLinePicker_ClickingAnotherTabChangesTheAddress()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        ctx.RenderProviders();
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/devices/order?tab=upgrade");

        var page = ctx.Render<DeviceOrderPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=line]")));
        Assert.Equal("true", page.FindAll("[role=tab]").Single(t => t.TextContent.Contains("Upgrade Existing Device")).GetAttribute("aria-selected"));
        page.FindAll("[role=tab]").Single(t => t.TextContent.Contains("Order Accessory")).Click();
        Assert.EndsWith("/devices/order?tab=accessory", navigation.Uri);
    }
}

public sealed class DevicePickerTests
{
    private static AngleSharp.Dom.IElement Choice(IRenderedComponent<DevicePicker> picker, string device) =>
        picker.FindAll("[data-testid=device-choice]").Single(b => b.QuerySelector("strong")!.TextContent == device);

    private static async Task<int> CarrierAsync(TestConsole console) => (await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "iPhone 16")).CarrierId;

    [Fact]
    public async Task PickDevice_ChooseOptions_ShowsPriceAndAddsToBasket()
    {
        await using var console = await TestConsole.StartAsync();
        var carrierId = await CarrierAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var picker = ctx.Render<DevicePicker>(p => p.Add(d => d.Kind, OrderKind.NewDevice).Add(d => d.CarrierId, carrierId).Add(d => d.CarrierName, "Verizon Business"));
        picker.WaitForAssertion(() => Assert.NotEmpty(picker.FindAll("[data-testid=device-choice]")));

        Choice(picker, "Apple iPhone 16").Click();
        Assert.Equal("true", Choice(picker, "Apple iPhone 16").GetAttribute("aria-pressed"));
        Assert.Equal("false", Choice(picker, "Apple iPhone 16 Pro").GetAttribute("aria-pressed"));
        DeviceBunit.Pick(picker, providers, "size", "256 GB");
        DeviceBunit.Pick(picker, providers, "colour", "Teal");
        var price = await DeviceTestData.PriceAsync(console, (await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "iPhone 16")).Device.Id, 256, 24);
        picker.WaitForAssertion(() => Assert.Equal(Pricing.Money(price), picker.Find("[data-testid=device-price]").TextContent.Trim()));
        DeviceBunit.Button(picker, "Add to Basket").Click();

        picker.WaitForAssertion(() => Assert.Contains("Apple iPhone 16 added to your basket.", ctx.SnackbarMessages()));
        var item = (await console.Get<BasketService>(scope).GetAsync()).Items.Single();
        Assert.Equal((256, 24, "Teal", price), (item.StorageGb!.Value, item.TermMonths!.Value, item.Colour!, item.UnitPrice));
        // The chosen device's accessories are offered beside it.
        Assert.Contains("Accessories for Apple iPhone 16", picker.Find("[data-testid=accessories]").TextContent);
    }

    [Fact]
    public async Task Make_Picked_ShowsOnlyThatMakesDevices()
    {
        await using var console = await TestConsole.StartAsync();
        var carrierId = await CarrierAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var picker = ctx.Render<DevicePicker>(p => p.Add(d => d.Kind, OrderKind.NewDevice).Add(d => d.CarrierId, carrierId));
        picker.WaitForAssertion(() => Assert.Equal(5, picker.FindAll("[data-testid=device-choice]").Count));

        DeviceBunit.Pick(picker, providers, "make", "Samsung");

        picker.WaitForAssertion(() => Assert.Equal(2, picker.FindAll("[data-testid=device-choice]").Count));
        Assert.All(picker.FindAll("[data-testid=device-choice]"), b => Assert.Contains("Samsung", b.TextContent));
    }

    [Fact]
    public async Task SpareInventory_Chosen_AddsTheSpareAtNoCost()
    {
        await using var console = await TestConsole.StartAsync();
        var carrierId = await CarrierAsync(console);
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var picker = ctx.Render<DevicePicker>(p => p.Add(d => d.Kind, OrderKind.NewDevice).Add(d => d.CarrierId, carrierId).Add(d => d.CarrierName, "Verizon Business"));
        picker.WaitForAssertion(() => Assert.NotEmpty(picker.FindAll("[data-testid=device-choice]")));

        picker.FindAll("[data-testid=device-choice]").First(b => b.TextContent.Contains("spare stock")).Click();
        Assert.Contains("New from Verizon Business", picker.Markup);
        picker.Find("[data-testid=source-spare]").Click();
        picker.WaitForAssertion(() => Assert.Contains("available", DeviceBunit.Shown(picker, "spare")));
        DeviceBunit.Button(picker, "Add to Basket").Click();

        picker.WaitForAssertion(() => Assert.Contains(ctx.SnackbarMessages(), m => m.EndsWith("added to your basket.", StringComparison.Ordinal)));
        var basket = await console.Get<BasketService>(scope).GetAsync();
        Assert.True(basket.Items.Single().FromSpareStock);
        Assert.Equal(0m, basket.Totals.Total);
    }
}

public sealed class AccessoryPickerTests
{
    [Fact]
    public async Task Add_BeforeItsDevice_SaysToAddTheDeviceFirst_ThenJoinsTheDevice()
    {
        await using var console = await TestConsole.StartAsync();
        var (carrierId, device) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "iPhone 16");
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var picker = ctx.Render<AccessoryPicker>(p => p.Add(a => a.Kind, OrderKind.NewDevice).Add(a => a.CarrierId, carrierId)
            .Add(a => a.DeviceId, device.Id).Add(a => a.DeviceName, "Apple iPhone 16"));
        picker.WaitForAssertion(() => Assert.NotEmpty(picker.FindAll("button[aria-label='Add Clear case']")));
        Assert.Contains(picker.FindAll("li"), li => li.TextContent.Contains("MagSafe charger"));
        Assert.DoesNotContain(picker.FindAll("li"), li => li.TextContent.Contains("Galaxy Buds"));

        picker.Find("button[aria-label='Add Clear case']").Click();
        picker.WaitForAssertion(() => Assert.Contains("Add the Apple iPhone 16 to your basket first, then its accessories.", ctx.SnackbarMessages()));

        var baskets = console.Get<BasketService>(scope);
        await baskets.AddDeviceAsync(new AddDeviceRequest(OrderKind.NewDevice, carrierId, device.Id, 128, 24, "Black"));
        picker.Find("button[aria-label='Add Clear case']").Click();

        picker.WaitForAssertion(() => Assert.Contains("Clear case added to your basket.", ctx.SnackbarMessages()));
        var items = (await baskets.GetAsync()).Items;
        Assert.Equal(items.Single(i => i.Kind == ItemKind.Device).Id, items.Single(i => i.Kind == ItemKind.Accessory).ParentItemId);
    }
}

public sealed class AccessoryTabTests
{
    [Fact]
    public async Task ForDevice_Picked_NarrowsAccessories_AndAddsAnAccessoryOrder()
    {
        await using var console = await TestConsole.StartAsync();
        var (carrierId, _) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "iPhone 16");
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var tab = ctx.Render<AccessoryTab>(p => p.Add(a => a.CarrierId, carrierId));
        tab.WaitForAssertion(() => Assert.Equal("Any device", DeviceBunit.Shown(tab, "for-device")));
        tab.WaitForAssertion(() => Assert.Contains(tab.FindAll("li"), li => li.TextContent.Contains("Galaxy Buds")));

        DeviceBunit.Pick(tab, providers, "for-device", "Apple iPhone 16");

        tab.WaitForAssertion(() => Assert.DoesNotContain(tab.FindAll("li"), li => li.TextContent.Contains("Galaxy Buds")));
        tab.Find("button[aria-label='Add AirPods']").Click();
        tab.WaitForAssertion(() => Assert.Contains("AirPods added to your basket.", ctx.SnackbarMessages()));
        var basket = await console.Get<BasketService>(scope).GetAsync();
        Assert.Equal(OrderKind.Accessory, basket.Kind);
        Assert.Equal("AirPods", basket.Items.Single().Description);
    }
}

public sealed class UpgradePanelTests
{
    [Fact]
    public async Task Line_Picked_ShowsContractBalanceEligibilityAndTheDevicePicker()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var panel = ctx.Render<UpgradePanel>();
        panel.WaitForAssertion(() => Assert.Equal("Pick a line", DeviceBunit.Shown(panel, "line")));
        Assert.Empty(panel.FindAll("[data-testid=line-details]"));

        DeviceBunit.Pick(panel, providers, "line", "206-555-7777 · Emery Employee · Samsung Galaxy S24");

        panel.WaitForAssertion(() => Assert.Contains("Not eligible until", panel.Find("[data-testid=eligibility]").TextContent));
        Assert.Contains("$540.00", panel.Find("[data-testid=line-details]").TextContent);
        Assert.Contains("accepts early upgrades with a reason", panel.Markup);
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=device-choice]")));
    }
}
