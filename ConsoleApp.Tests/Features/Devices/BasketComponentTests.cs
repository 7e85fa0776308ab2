using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Devices.Basket;
using ConsoleApp.Components.Features.Devices.Ordering;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class BasketPanelTests
{
    private static IReadOnlyList<AngleSharp.Dom.IElement> Items(IRenderedComponent<BasketPanel> panel) => panel.FindAll("[data-testid=basket-item]");

    [Fact]
    public async Task Render_EmptyBasket_SaysHowToFillIt()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var panel = ctx.Render<BasketPanel>();

        panel.WaitForAssertion(() => Assert.Contains("Your basket is empty. Pick a device or accessory and choose Add to Basket.", panel.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public async Task Render_FilledBasket_ShowsItemsTotalsAndCreateOrder()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (_, device) = await DeviceTestData.FillBasketAsync(console, scope);
        var price = await DeviceTestData.PriceAsync(console, device.Id, 128, 24);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var panel = ctx.Render<BasketPanel>();

        panel.WaitForAssertion(() => Assert.Equal(2, Items(panel).Count));
        Assert.Contains("New device order with Verizon Business", panel.Markup);
        Assert.Equal("dv-child", Items(panel)[1].GetAttribute("class"));
        Assert.Equal(Pricing.Money(price + 29m), panel.Find("[data-testid=basket-total]").TextContent);
        Assert.Equal("Black", DeviceBunit.Shown(panel, Items(panel)[0].QuerySelector("[data-testid^=colour-]")!.GetAttribute("data-testid")!));
        Assert.Equal("/devices/order/checkout", panel.FindAll("a").Single(a => a.TextContent.Contains("Create Order")).GetAttribute("href"));
    }

    [Fact]
    public async Task Checkout_HidesCreateOrder()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var panel = ctx.Render<BasketPanel>(p => p.Add(b => b.ShowCreateOrder, false));

        panel.WaitForAssertion(() => Assert.Equal(2, Items(panel).Count));
        Assert.DoesNotContain("Create Order", panel.Markup);
    }

    [Fact]
    public async Task Live_TwoCircuitsOfOneUser_ColourChangedAndItemRemovedInOne_ShowInTheOther()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var arrange = console.As(TestUsers.Employee))
            await DeviceTestData.FillBasketAsync(console, arrange);
        // Two tabs of the same user: two circuits, each its own scope, on the one change feed.
        await using var firstScope = console.As(TestUsers.Employee);
        await using var secondScope = console.As(TestUsers.Employee);
        await using var first = new BunitContext();
        first.UseConsole(firstScope, TestUsers.Employee);
        var firstProviders = first.RenderProviders();
        await using var second = new BunitContext();
        second.UseConsole(secondScope, TestUsers.Employee);
        second.RenderProviders();
        var one = first.Render<BasketPanel>();
        var other = second.Render<BasketPanel>();
        other.WaitForAssertion(() => Assert.Equal(2, Items(other).Count));
        one.WaitForAssertion(() => Assert.Equal(2, Items(one).Count));
        var colourId = Items(one)[0].QuerySelector("[data-testid^=colour-]")!.GetAttribute("data-testid")!;

        DeviceBunit.Pick(one, firstProviders, colourId, "Teal");
        other.WaitForAssertion(() => Assert.Equal("Teal", DeviceBunit.Shown(other, colourId)), TimeSpan.FromSeconds(5));

        one.Find("button[aria-label='Remove Clear case']").Click();
        other.WaitForAssertion(() => Assert.Single(Items(other)), TimeSpan.FromSeconds(5));
        Assert.Contains("Clear case removed from your basket.", first.SnackbarMessages());
    }

    [Fact]
    public async Task Live_AnotherUsersBasketChanges_ThisBasketIsNotReloaded()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var panel = ctx.Render<BasketPanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, Items(panel).Count));
        // Changed behind the panel's back (nothing published): only a reload would show it.
        await using (var db = await console.SystemDbAsync())
        {
            db.Remove(db.Set<BasketItem>().Single(i => i.Kind == ItemKind.Accessory && db.Set<DeviceBasket>().Any(b => b.Id == i.BasketId && b.UserId == TestUsers.Employee.UserId)));
            await db.SaveChangesAsync();
        }

        // The manager, same company, fills their own basket: published for the manager only.
        await using (var manager = console.As(TestUsers.Manager))
            await DeviceTestData.FillBasketAsync(console, manager);
        await Task.Delay(500);
        Assert.Equal(2, Items(panel).Count);

        // A change of this user's own basket does reload it.
        await console.Get<BasketService>(scope).ChangeColourAsync((await console.Get<BasketService>(scope).GetAsync()).Items[0].Id, "White");
        panel.WaitForAssertion(() => Assert.Single(Items(panel)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Empty_Confirmed_EmptiesTheBasket()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        var providers = ctx.RenderProviders();
        var panel = ctx.Render<BasketPanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, Items(panel).Count));

        DeviceBunit.Button(panel, "Empty basket").Click();
        providers.WaitForAssertion(() => Assert.Contains("Reserved spare stock goes back on the shelf", providers.Find(".mud-dialog").TextContent));
        providers.Find("[data-testid=confirm-button]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=empty-state]")));
        Assert.True((await console.Get<BasketService>(scope).GetAsync()).IsEmpty);
    }
}

public sealed class CheckoutPageTests
{
    private static AngleSharp.Dom.IElement Field(IRenderedComponent<CheckoutPage> page, string label) =>
        page.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input, textarea")!;

    [Fact]
    public async Task Render_EmptyBasket_SaysToPickSomethingFirst()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var page = ctx.Render<CheckoutPage>();

        page.WaitForAssertion(() => Assert.Contains("Your basket is empty", page.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(page.FindAll("form"));
    }

    [Fact]
    public async Task Render_EmployeeOrdering_AutofillsFromTheHrDirectory()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var page = ctx.Render<CheckoutPage>();

        page.WaitForAssertion(() => Assert.Equal("Emery Employee (F-1002)", page.Find(".mud-autocomplete input").GetAttribute("value")));
        Assert.Equal("Emery Employee", Field(page, "Employee name").GetAttribute("value"));
        Assert.Equal("GL-6100 / CC-410", Field(page, "Accounting codes").GetAttribute("value"));
        Assert.Equal("Emery Employee", Field(page, "Attention to").GetAttribute("value"));
        Assert.StartsWith("Fabrikam HQ", Field(page, "Shipping location").GetAttribute("value"));
        Assert.Contains("Requested by Emery Employee (employee@demo.test)", page.Find("#ordering-info").ParentElement!.TextContent);
    }

    [Fact]
    public async Task Create_InvalidFields_ShowsMessagesUnderThem_ThenCreatesAndOpensTheOrder()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var page = ctx.Render<CheckoutPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        Field(page, "Shipping location").Change("");
        Field(page, "Notify during the order process (e-mail addresses)").Change("ops@fabrikam.example; not-an-address");
        DeviceBunit.Button(page, "Create Order").Click();

        page.WaitForAssertion(() => Assert.Contains("Some fields need attention.", page.Find("[data-testid=checkout-error]").TextContent));
        var errors = page.FindAll(".mud-input-helper-text").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Enter where the order should be shipped.", errors);
        Assert.Contains("Not e-mail addresses: not-an-address.", errors);
        Assert.Equal(0, (await console.Get<OrderQueryService>(scope).SearchAsync(new OrderFilter(MineOnly: true, Status: DeviceOrderStatus.Draft), new())).Total);

        Field(page, "Shipping location").Change("Fabrikam HQ");
        Field(page, "Notify during the order process (e-mail addresses)").Change("ops@fabrikam.example");
        DeviceBunit.Button(page, "Create Order").Click();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/devices/orders/\\d+$", navigation.Uri));
        var id = int.Parse(navigation.Uri.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var order = await console.Get<OrderQueryService>(scope).GetAsync(id);
        Assert.Equal(("ops@fabrikam.example", "Emery Employee", DeviceOrderStatus.Draft), (order.NotifyEmails, order.EmployeeName, order.Status));
    }

    [Fact]
    public async Task Create_ServiceRefusesAField_ShowsItsMessageUnderThatField()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        ctx.RenderProviders();
        var page = ctx.Render<CheckoutPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        // Fabrikam requires approval: the order must name someone from the directory (their manager approves it).
        page.Find(".mud-autocomplete input").Input("");
        page.WaitForAssertion(() => Assert.False(Field(page, "Employee name").HasAttribute("readonly")));
        Field(page, "Employee name").Change("Someone Else");
        DeviceBunit.Button(page, "Create Order").Click();

        page.WaitForAssertion(() => Assert.Contains("Pick the employee from the HR directory", page.Find("[data-testid=checkout-error]").TextContent));
        Assert.Contains(page.FindAll(".mud-input-helper-text"), e => e.TextContent.Contains("Pick the employee from the HR directory"));
    }

    [Fact]
    public async Task Create_PricesChangedMeanwhile_SaysSoAndRefreshesThem()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (_, device) = await DeviceTestData.FillBasketAsync(console, scope);
        await using (var db = await console.SystemDbAsync())
        {
            var option = db.Set<DeviceOption>().Single(o => o.DeviceId == device.Id && o.StorageGb == 128 && o.TermMonths == 24);
            option.Price += 50m;
            await db.SaveChangesAsync();
        }
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();
        var page = ctx.Render<CheckoutPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form")));

        DeviceBunit.Button(page, "Create Order").Click();
        page.WaitForAssertion(() => Assert.Contains("Refresh prices", page.Find("[data-testid=checkout-error]").TextContent));
        DeviceBunit.Button(page, "Refresh prices").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=checkout-error]")));
        Assert.Contains("Prices refreshed; check the total and create the order again.", ctx.SnackbarMessages());
        var price = await DeviceTestData.PriceAsync(console, device.Id, 128, 24);
        Assert.Equal(price, (await console.Get<BasketService>(scope).GetAsync()).Items.First().UnitPrice);
    }
}

public sealed class EmployeeSectionTests
{
    [Fact]
    public async Task Pick_EmployeeFromDirectory_FillsNameNumberAndCodes()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Manager);
        await DeviceTestData.FillBasketAsync(console, scope);
        var basket = await console.Get<BasketService>(scope).GetAsync();
        var settings = await console.Get<CatalogService>(scope).SettingsAsync();
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Manager);
        var providers = ctx.RenderProviders();
        var form = new CheckoutForm();
        var picked = 0;
        var section = ctx.Render<EmployeeSection>(p => p.Add(s => s.Form, form).Add(s => s.Basket, basket).Add(s => s.Settings, settings)
            .Add(s => s.Errors, new FormErrors(() => new Dictionary<string, string>())).Add(s => s.Picked, () => picked++));
        Assert.Contains("Employee number (required)", section.Markup);

        section.Find(".mud-autocomplete input").Input("Avery");
        providers.WaitForAssertion(() => Assert.Contains(DeviceBunit.Options(providers), i => i.TextContent.Contains("Avery Brooks")));
        DeviceBunit.Options(providers).First(i => i.TextContent.Contains("Avery Brooks")).Click();

        section.WaitForAssertion(() => Assert.Equal(1, picked));
        var avery = await DeviceTestData.EmployeeAsync(console, "Avery Brooks");
        Assert.Equal((avery.Id, "Avery Brooks", "F-1003", "GL-6100 / CC-410", "Avery Brooks"),
            (form.EmployeeId!.Value, form.EmployeeName, form.EmployeeNumber, form.AccountingCodes, form.AttentionTo));
    }

    [Fact]
    public async Task Render_UpgradeBasket_ShowsTheLineAndAsksForTheReason()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var catalog = console.Get<CatalogService>(scope);
        var line = (await catalog.LinesAsync()).Single(l => l.PhoneNumber.EndsWith("-7777", StringComparison.Ordinal));
        var device = (await catalog.DevicesAsync(line.CarrierId)).First();
        await console.Get<BasketService>(scope).AddDeviceAsync(new AddDeviceRequest(OrderKind.Upgrade, line.CarrierId, device.Id,
            device.Sizes.First(), device.Terms.First(), device.Colours[0], null, line.Id));
        var basket = await console.Get<BasketService>(scope).GetAsync();
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.Employee);
        ctx.RenderProviders();

        var settings = await catalog.SettingsAsync();
        var section = ctx.Render<EmployeeSection>(p => p.Add(s => s.Form, new CheckoutForm()).Add(s => s.Basket, basket)
            .Add(s => s.Settings, settings)
            .Add(s => s.Errors, new FormErrors(() => new Dictionary<string, string>())));

        section.WaitForAssertion(() => Assert.Contains("Upgrade of line 206-555-7777", section.Find("[data-testid=upgrade-line]").TextContent));
        Assert.Contains("Upgrade reason (shown to the approving manager)", section.Markup);
        Assert.Empty(section.FindAll(".mud-autocomplete"));
    }
}
