using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// Device ordering demo data: Fabrikam (menu on, approvals required) and Tailspin (menu off, no approvals), each
/// with carriers, a catalog, an HR directory and lines; Fabrikam also holds spare stock and a few orders.
/// </summary>
public sealed class DevicesSeeder(TimeProvider clock) : IDemoSeeder
{
    public const string EmployeeUserId = "demo-employee";
    public const string ManagerUserId = "demo-manager";
    /// <summary>Tailspin's sign-in (no End-User Requests menu, no approvals).</summary>
    public const string TailspinEmployeeUserId = "demo-tailspin-employee";

    public int Order => 50;

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Set<DeviceCompanySettings>().AnyAsync(ct)) return;
        var random = new Random(5150);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        db.AddRange(
            new DeviceCompanySettings
            {
                CompanyId = DemoData.CompanyId, UsesEndUserRequestsMenu = true, RequiresApproval = true, RequiresEmployeeNumber = true,
                AllowsIneligibleUpgradeWithReason = true, UpgradeAfterMonths = 18, DefaultShippingLocation = "Fabrikam HQ, 400 Harbor Road, Seattle WA 98101",
            },
            new DeviceCompanySettings
            {
                CompanyId = DemoData.OtherCompanyId, UsesEndUserRequestsMenu = false, RequiresApproval = false, RequiresEmployeeNumber = false,
                AllowsIneligibleUpgradeWithReason = false, UpgradeAfterMonths = 24, DefaultShippingLocation = "Tailspin Toys, 12 Kite Lane, Portland OR 97201",
            });

        var fabrikam = new[]
        {
            Carrier(DemoData.CompanyId, "Verizon Business", "Northwest Wireless Dealer", "orders@nw-wireless.example"),
            Carrier(DemoData.CompanyId, "AT&T Business", "Metro Mobile Solutions", "dealer@metro-mobile.example"),
        };
        var tailspin = new[] { Carrier(DemoData.OtherCompanyId, "T-Mobile for Business", "Rose City Phones", "orders@rosecity-phones.example") };
        db.AddRange(fabrikam);
        db.AddRange(tailspin);
        await db.SaveChangesAsync(ct);

        var fabrikamDevices = new List<CatalogDevice>();
        foreach (var carrier in fabrikam.Concat(tailspin))
            fabrikamDevices.AddRange(await SeedCatalogAsync(db, carrier, ct));

        var spare = fabrikamDevices.Where(d => d.CompanyId == DemoData.CompanyId && d.CarrierId == fabrikam[0].Id).ToList();
        db.AddRange(
            new SpareStock { CompanyId = DemoData.CompanyId, DeviceId = spare[0].Id, StorageGb = 128, Colour = spare[0].ColourList[0], Available = 3, Location = "Seattle IT store room" },
            new SpareStock { CompanyId = DemoData.CompanyId, DeviceId = spare[2].Id, StorageGb = 256, Colour = spare[2].ColourList[1], Available = 1, Location = "Seattle IT store room" });

        var fab = await SeedPeopleAsync(db, DemoData.CompanyId, fabrikam, random, today, FabrikamPeople, ct);
        await SeedPeopleAsync(db, DemoData.OtherCompanyId, tailspin, random, today, TailspinPeople, ct);
        await DevicesOrderSeeder.SeedAsync(db, clock.GetUtcNow().UtcDateTime, fab, fabrikam[0], fabrikamDevices.First(d => d.CarrierId == fabrikam[0].Id), ct);
    }

    private static Carrier Carrier(int company, string name, string dealer, string email) =>
        new() { CompanyId = company, Name = name, DealerName = dealer, DealerEmail = email };

    private static readonly (string Make, string Model, string Colours, int[] Sizes, decimal Base)[] Devices =
    [
        ("Apple", "iPhone 16", "Black;White;Pink;Teal", [128, 256, 512], 799m),
        ("Apple", "iPhone 16 Pro", "Black Titanium;Natural Titanium;Desert Titanium", [128, 256, 512, 1024], 999m),
        ("Samsung", "Galaxy S25", "Navy;Icyblue;Silver Shadow", [128, 256], 799m),
        ("Samsung", "Galaxy A56", "Awesome Graphite;Awesome Lightgray", [128, 256], 449m),
        ("Google", "Pixel 9", "Obsidian;Porcelain;Wintergreen", [128, 256], 699m),
    ];

    private static readonly (string Name, string Category, decimal Price, string FitsMake)[] Accessories =
    [
        ("Clear case", "Case", 29m, "*"),
        ("Rugged case", "Case", 49m, "*"),
        ("Tempered glass screen protector", "Screen", 19m, "*"),
        ("USB-C 30W charger", "Power", 25m, "*"),
        ("MagSafe charger", "Power", 39m, "Apple"),
        ("Car mount", "Car", 35m, "*"),
        ("Galaxy Buds", "Audio", 99m, "Samsung"),
        ("AirPods", "Audio", 129m, "Apple"),
    ];

    private static async Task<List<CatalogDevice>> SeedCatalogAsync(ConsoleDbContext db, Carrier carrier, CancellationToken ct)
    {
        var devices = Devices.Select(d => new CatalogDevice
        {
            CompanyId = carrier.CompanyId, CarrierId = carrier.Id, Make = d.Make, Model = d.Model, Colours = d.Colours,
        }).ToList();
        db.AddRange(devices);
        var accessories = Accessories.Select(a => new Accessory { CompanyId = carrier.CompanyId, CarrierId = carrier.Id, Name = a.Name, Category = a.Category, Price = a.Price }).ToList();
        db.AddRange(accessories);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < devices.Count; i++)
        {
            var (_, _, _, sizes, basePrice) = Devices[i];
            for (var s = 0; s < sizes.Length; s++)
            {
                var outright = basePrice + s * 100m;
                // A longer term means a lower up-front price (the carrier recovers it in the plan).
                db.Add(new DeviceOption { CompanyId = carrier.CompanyId, DeviceId = devices[i].Id, StorageGb = sizes[s], TermMonths = 0, Price = outright });
                db.Add(new DeviceOption { CompanyId = carrier.CompanyId, DeviceId = devices[i].Id, StorageGb = sizes[s], TermMonths = 24, Price = Math.Round(outright * 0.4m) });
                db.Add(new DeviceOption { CompanyId = carrier.CompanyId, DeviceId = devices[i].Id, StorageGb = sizes[s], TermMonths = 36, Price = Math.Round(outright * 0.1m) });
            }
            for (var a = 0; a < accessories.Count; a++)
                if (Accessories[a].FitsMake == "*" || Accessories[a].FitsMake == devices[i].Make)
                    db.Add(new AccessoryFit { CompanyId = carrier.CompanyId, AccessoryId = accessories[a].Id, DeviceId = devices[i].Id });
        }
        await db.SaveChangesAsync(ct);
        return devices;
    }

    private static readonly (string Name, string Number, string Codes, string Email, string Department, int Manager, string? UserId)[] FabrikamPeople =
    [
        ("Dana Director", "F-1000", "GL-6100 / CC-100", "dana.director@fabrikam.example", "Operations", -1, null),
        ("Morgan Manager", "F-1001", "GL-6100 / CC-410", "manager@demo.test", "Logistics", 0, ManagerUserId),
        ("Emery Employee", "F-1002", "GL-6100 / CC-410", "employee@demo.test", "Logistics", 1, EmployeeUserId),
        ("Avery Brooks", "F-1003", "GL-6100 / CC-410", "avery.brooks@fabrikam.example", "Logistics", 1, null),
        ("Jordan Lee", "F-1004", "GL-6120 / CC-420", "jordan.lee@fabrikam.example", "Warehouse", 1, null),
        ("Riley Chen", "F-1005", "GL-6120 / CC-420", "riley.chen@fabrikam.example", "Warehouse", 1, null),
        ("Quinn Patel", "F-1006", "GL-6130 / CC-430", "quinn.patel@fabrikam.example", "Fleet", 1, null),
        ("Skyler Novak", "F-1007", "GL-6130 / CC-430", "skyler.novak@fabrikam.example", "Fleet", 0, null),
        ("Harper Diaz", "F-1008", "GL-6140 / CC-440", "harper.diaz@fabrikam.example", "Finance", 0, null),
    ];

    private static readonly (string Name, string Number, string Codes, string Email, string Department, int Manager, string? UserId)[] TailspinPeople =
    [
        ("Taylor Owner", "T-01", "4000-ADMIN", "taylor.owner@tailspin.example", "Management", -1, null),
        ("Casey Builder", "T-02", "4100-PROD", "casey.builder@tailspin.example", "Production", 0, null),
        ("Drew Seller", "T-03", "4200-SALES", "drew.seller@tailspin.example", "Sales", 0, null),
        ("Parker Kite", "T-04", "4200-SALES", "tailspin.employee@demo.test", "Sales", 2, TailspinEmployeeUserId),
    ];

    private static async Task<List<HrEmployee>> SeedPeopleAsync(ConsoleDbContext db, int companyId, Carrier[] carriers, Random random, DateOnly today,
        (string Name, string Number, string Codes, string Email, string Department, int Manager, string? UserId)[] people, CancellationToken ct)
    {
        var employees = people.Select(p => new HrEmployee
        {
            CompanyId = companyId, FullName = p.Name, EmployeeNumber = p.Number, AccountingCodes = p.Codes, Email = p.Email, Department = p.Department, UserId = p.UserId,
        }).ToList();
        db.AddRange(employees);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < people.Length; i++)
            if (people[i].Manager >= 0) employees[i].ManagerId = employees[people[i].Manager].Id;
        string[] phones = ["Apple iPhone 13", "Samsung Galaxy S22", "Google Pixel 7", "Apple iPhone 14", "Samsung Galaxy A54"];
        var prefix = companyId == DemoData.CompanyId ? "206-555" : "503-555";
        for (var i = 0; i < employees.Count; i++)
        {
            // Alternate old, paid-off contracts (eligible) with young ones that still carry a balance (not eligible).
            var young = i % 3 == 1;
            var months = young ? 5 + random.Next(6) : 20 + random.Next(12);
            var start = today.AddMonths(-months);
            db.Add(new MobileLine
            {
                CompanyId = companyId, EmployeeId = employees[i].Id, CarrierId = carriers[i % carriers.Length].Id,
                PhoneNumber = $"{prefix}-{1000 + i * 37:0000}", CurrentDevice = phones[i % phones.Length],
                ContractStart = start, ContractEnd = start.AddMonths(24),
                ContractBalance = young ? 300m + random.Next(40) * 10m : (i % 2 == 0 ? 0m : 120m),
            });
        }
        if (companyId == DemoData.CompanyId)
        {
            // Emery has a second, young line: the demo of an upgrade that needs a reason.
            var emery = employees.First(e => e.UserId == EmployeeUserId);
            var start = today.AddMonths(-6);
            db.Add(new MobileLine
            {
                CompanyId = companyId, EmployeeId = emery.Id, CarrierId = carriers[0].Id, PhoneNumber = $"{prefix}-7777",
                CurrentDevice = "Samsung Galaxy S24", ContractStart = start, ContractEnd = start.AddMonths(24), ContractBalance = 540m,
            });
        }
        await db.SaveChangesAsync(ct);
        return employees;
    }
}
