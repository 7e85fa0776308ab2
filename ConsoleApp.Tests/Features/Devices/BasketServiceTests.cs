using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Devices;

public sealed class BasketServiceTests
{
    [Fact]
    public async Task Basket_DeviceAccessoryAndColourChange_TotalsAndKeepsCapturedPrices()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (carrierId, device) = await DeviceTestData.FillBasketAsync(console, scope);
        var basket = console.Get<BasketService>(scope);
        var deviceItem = (await basket.GetAsync()).Items.Single(i => i.Kind == ItemKind.Device);

        await basket.ChangeColourAsync(deviceItem.Id, "Teal");

        var view = await basket.GetAsync();
        var price = await DeviceTestData.PriceAsync(console, device.Id, 128, 24);
        Assert.Equal("Teal", view.Items.Single(i => i.Kind == ItemKind.Device).Colour);
        Assert.Equal((1, 1), (view.Totals.DeviceCount, view.Totals.AccessoryCount));
        Assert.Equal(price, view.Totals.Devices);
        Assert.Equal(29m, view.Totals.Accessories);
        Assert.Equal(price + 29m, view.Totals.Total);
        Assert.Equal(carrierId, view.CarrierId);
    }

    [Fact]
    public async Task Basket_NewScopeOfSameUser_FindsBasketIntact()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var first = console.As(TestUsers.Employee)) await DeviceTestData.FillBasketAsync(console, first);
        await using var second = console.As(TestUsers.Employee);
        Assert.Equal(2, (await console.Get<BasketService>(second).GetAsync()).Items.Count);
        await using var manager = console.As(TestUsers.Manager);
        Assert.True((await console.Get<BasketService>(manager).GetAsync()).IsEmpty);
    }

    [Fact]
    public async Task RemoveItem_Accessory_RemovesOnlyTheAccessory()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        var basket = console.Get<BasketService>(scope);
        var accessory = (await basket.GetAsync()).Items.Single(i => i.Kind == ItemKind.Accessory);

        await basket.RemoveItemAsync(accessory.Id);

        var view = await basket.GetAsync();
        Assert.Equal(ItemKind.Device, Assert.Single(view.Items).Kind);
        Assert.Equal(0m, view.Totals.Accessories);
    }

    [Fact]
    public async Task ChangeColour_ColourNotOffered_RefusedAndUnchanged()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        var basket = console.Get<BasketService>(scope);
        var item = (await basket.GetAsync()).Items.Single(i => i.Kind == ItemKind.Device);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => basket.ChangeColourAsync(item.Id, "Gold"));

        Assert.Contains("does not come in Gold", ex.Message);
        Assert.Equal("Black", (await basket.GetAsync()).Items.Single(i => i.Kind == ItemKind.Device).Colour);
    }

    [Fact]
    public async Task AddDevice_SizeOrColourNotOffered_RefusedWithNothingWritten()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (carrierId, device) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "Galaxy S25");
        var basket = console.Get<BasketService>(scope);

        var size = await Assert.ThrowsAsync<ValidationFailedException>(() => basket.AddDeviceAsync(new(OrderKind.NewDevice, carrierId, device.Id, 1024, 24, "Navy")));
        var colour = await Assert.ThrowsAsync<ValidationFailedException>(() => basket.AddDeviceAsync(new(OrderKind.NewDevice, carrierId, device.Id, 128, 24, "Pink")));

        Assert.Contains("not offered with 1024 GB", size.Message);
        Assert.Contains("does not come in Pink", colour.Message);
        await using var db = await console.SystemDbAsync();
        Assert.False(await db.Set<DeviceBasket>().AnyAsync(b => b.UserId == TestUsers.Employee.UserId));
    }

    [Theory, AllProviders]
    public async Task AddDevice_TwoBasketsRaceForLastSpareUnit_ExactlyOneWins(DatabaseProvider provider)
    {
        await using var console = await TestConsole.StartAsync(provider);
        var (carrierId, device) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "Pixel 9");
        int spareId;
        await using (var db = await console.SystemDbAsync())
        {
            var spare = new SpareStock { CompanyId = DemoData.CompanyId, DeviceId = device.Id, StorageGb = 128, Colour = "Obsidian", Available = 1, Location = "Test shelf" };
            db.Add(spare);
            await db.SaveChangesAsync();
            spareId = spare.Id;
        }
        await using var employee = console.As(TestUsers.Employee);
        await using var manager = console.As(TestUsers.Manager);
        var request = new AddDeviceRequest(OrderKind.NewDevice, carrierId, device.Id, 128, 0, "Obsidian", SpareStockId: spareId);

        var results = await Task.WhenAll(
            Capture(() => console.Get<BasketService>(employee).AddDeviceAsync(request)),
            Capture(() => console.Get<BasketService>(manager).AddDeviceAsync(request)));

        Assert.Single(results, r => r is null);
        var loser = Assert.IsType<ValidationFailedException>(Assert.Single(results, r => r is not null));
        Assert.Contains("left in stock", loser.Message);
        await using var check = await console.SystemDbAsync();
        Assert.Equal(0, (await check.Set<SpareStock>().SingleAsync(s => s.Id == spareId)).Available);
        Assert.Equal(1, await check.Set<BasketItem>().CountAsync(i => i.SpareStockId == spareId));
    }

    [Fact]
    public async Task RemoveItem_SpareDevice_ReturnsUnitToStock()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        var (carrierId, device) = await DeviceTestData.DeviceAsync(console, DemoData.CompanyId, "iPhone 16");
        int spareId, before;
        await using (var db = await console.SystemDbAsync())
        {
            var spare = await db.Set<SpareStock>().FirstAsync(s => s.DeviceId == device.Id);
            (spareId, before) = (spare.Id, spare.Available);
        }
        var basket = console.Get<BasketService>(scope);
        await basket.AddDeviceAsync(new(OrderKind.NewDevice, carrierId, device.Id, 128, 0, "Black", SpareStockId: spareId));
        var item = Assert.Single((await basket.GetAsync()).Items);
        Assert.Equal(0m, (await basket.GetAsync()).Totals.Total);

        await basket.RemoveItemAsync(item.Id);

        await using var check = await console.SystemDbAsync();
        Assert.Equal(before, (await check.Set<SpareStock>().SingleAsync(s => s.Id == spareId)).Available);
    }

    [Fact]
    public async Task AddDevice_OtherCarrierWhileBasketHoldsItems_Refused()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.Employee);
        await DeviceTestData.FillBasketAsync(console, scope);
        await using var db = await console.SystemDbAsync();
        var other = await db.Set<Carrier>().Where(c => c.CompanyId == DemoData.CompanyId).OrderByDescending(c => c.Id).FirstAsync();
        var device = await db.Set<CatalogDevice>().FirstAsync(d => d.CarrierId == other.Id);

        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            console.Get<BasketService>(scope).AddDeviceAsync(new(OrderKind.NewDevice, other.Id, device.Id, 128, 24, device.ColourList[0])));
    }

    [Fact]
    public async Task AddDevice_IneligibleUpgradeWhereCompanyForbidsIt_Refused()
    {
        await using var console = await TestConsole.StartAsync();
        int lineId;
        CatalogDevice device;
        await using (var db = await console.SystemDbAsync())
        {
            var line = await db.Set<MobileLine>().Where(l => l.CompanyId == DemoData.OtherCompanyId && l.ContractBalance > 0)
                .OrderByDescending(l => l.ContractStart).FirstAsync();
            lineId = line.Id;
            device = await db.Set<CatalogDevice>().FirstAsync(d => d.CarrierId == line.CarrierId && d.Model == "Pixel 9");
        }
        await using var scope = console.As(DeviceTestData.TailspinEmployee);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => console.Get<BasketService>(scope)
            .AddDeviceAsync(new(OrderKind.Upgrade, device.CarrierId, device.Id, 128, 24, "Obsidian", UpgradeLineId: lineId)));

        Assert.Contains("cannot be upgraded", ex.Message);
    }

    private static async Task<Exception?> Capture(Func<Task> action)
    {
        try { await action(); return null; }
        catch (Exception ex) { return ex; }
    }
}
