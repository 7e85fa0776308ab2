using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Features.Devices;

/// <summary>Looks up the seeded device-ordering data the tests build on.</summary>
internal static class DeviceTestData
{
    /// <summary>Tailspin Toys' demo sign-in (no End-User Requests menu, no approvals).</summary>
    public static readonly UserContext TailspinEmployee = TestUsers.TailspinEmployee;

    public static async Task<(int CarrierId, CatalogDevice Device)> DeviceAsync(TestConsole console, int companyId, string model)
    {
        await using var db = await console.SystemDbAsync();
        var carrier = await db.Set<Carrier>().Where(c => c.CompanyId == companyId).OrderBy(c => c.Id).FirstAsync();
        var device = await db.Set<CatalogDevice>().FirstAsync(d => d.CarrierId == carrier.Id && d.Model == model);
        return (carrier.Id, device);
    }

    public static async Task<Accessory> AccessoryAsync(TestConsole console, int carrierId, string name)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<Accessory>().FirstAsync(a => a.CarrierId == carrierId && a.Name == name);
    }

    public static async Task<HrEmployee> EmployeeAsync(TestConsole console, string fullName)
    {
        await using var db = await console.SystemDbAsync();
        return await db.Set<HrEmployee>().FirstAsync(e => e.FullName == fullName);
    }

    public static async Task<decimal> PriceAsync(TestConsole console, int deviceId, int storageGb, int termMonths)
    {
        await using var db = await console.SystemDbAsync();
        return (await db.Set<DeviceOption>().FirstAsync(o => o.DeviceId == deviceId && o.StorageGb == storageGb && o.TermMonths == termMonths)).Price;
    }

    /// <summary>A basket with an iPhone 16 (128 GB, 24 months, Black) and a clear case for it.</summary>
    public static async Task<(int CarrierId, CatalogDevice Device)> FillBasketAsync(TestConsole console, AsyncServiceScope scope, int companyId = DemoData.CompanyId)
    {
        var (carrierId, device) = await DeviceAsync(console, companyId, "iPhone 16");
        var basket = console.Get<BasketService>(scope);
        await basket.AddDeviceAsync(new AddDeviceRequest(OrderKind.NewDevice, carrierId, device.Id, 128, 24, "Black"));
        var deviceItem = (await basket.GetAsync()).Items.Single(i => i.Kind == ItemKind.Device);
        var caseId = (await AccessoryAsync(console, carrierId, "Clear case")).Id;
        await basket.AddAccessoryAsync(new AddAccessoryRequest(OrderKind.NewDevice, carrierId, caseId, deviceItem.Id));
        return (carrierId, device);
    }

    public static async Task<CheckoutForm> FormForAsync(TestConsole console, string employee)
    {
        var e = await EmployeeAsync(console, employee);
        return new CheckoutForm { EmployeeId = e.Id, ShippingLocation = "Fabrikam HQ", NotifyEmails = "ops@fabrikam.example; it@fabrikam.example" };
    }

    /// <summary>A Draft order of Emery's (iPhone 16 and a clear case), created through the basket as the page does.</summary>
    public static async Task<int> DraftAsync(TestConsole console)
    {
        await using var scope = console.As(TestUsers.Employee);
        await FillBasketAsync(console, scope);
        return await console.Get<DeviceOrderService>(scope).CreateFromBasketAsync(await FormForAsync(console, "Emery Employee"));
    }
}
