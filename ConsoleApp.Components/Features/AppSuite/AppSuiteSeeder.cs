using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.AppSuite;

/// <summary>Fixed ids of the App Suite demo data that tests and the sample request rely on.</summary>
public static class AppSuiteDemo
{
    /// <summary>Bluebell's registered 5.0 site used by docs/samples/licence-request.sample.json.</summary>
    public const int SampleSiteId = 18429;
    /// <summary>The machine the sample site is registered from (the sample request comes from it too).</summary>
    public const string SampleFingerprint = "9F2C4E7A1B3D5F60-8A9B0C1D2E3F4051";
    /// <summary>Bluebell's 4.3 sites: vouchers are assigned to them on the portal.</summary>
    public const int PreFiveSiteId = 18423;
    public const int OtherPreFiveSiteId = 18422;
    /// <summary>Bluebell's unregistered 5.0 site.</summary>
    public const int UnregisteredSiteId = 18430;
    /// <summary>Stocked site ids not linked to any reseller (5.0, 5.1, 4.3).</summary>
    public const int StockedSiteId = 19501;
    public const int OtherStockedSiteId = 19502;
    public const int OtherResellerSiteId = 27101;
    /// <summary>Unused Bluebell vouchers: one for the browser test, one Outlook 10 pack, one for service tests.</summary>
    public const string BrowserVoucherCode = "PMPR-BRWS-0001";
    public const string PackVoucherCode = "PMOL-PACK-0010";
    public const string UnusedVoucherCode = "PMPR-TEST-0001";
    public const string OtherResellerVoucherCode = "PMPR-REDW-0001";
    public const string SwasUpgradeEmail = "renewals@bluebell-systems.test";
}

/// <summary>App Suite demo data: the part catalog, sites, stocked site ids, vouchers and portal users.</summary>
public sealed class AppSuiteSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 40;

    private static readonly string[] Customers =
    [
        "Acme Dental - Austin", "Harbor View Hotel", "Cedar Point Clinic", "Granite Insurance", "Juniper School",
        "Lakeside Vets", "Maple Leaf Retail", "Northstar Engineering", "Oakridge Pharmacy", "Riverbend Health",
        "Summit Architects", "Tidewater Marine", "Valley Credit Union", "Westfield Motors", "Zephyr Travel",
        "Beacon Hill Dental", "Copperfield Media", "Elmstreet Law", "Greenway Energy", "Highland Brewing",
    ];

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Set<AppSuitePart>().AnyAsync(ct)) return;
        db.AddRange(PartCatalog.All.Select(p => new AppSuitePart { PartNumber = p.PartNumber, Name = p.Name, Kind = p.Kind, ProductCode = p.ProductCode, Units = p.Units }));

        var today = clock.GetUtcNow().UtcDateTime.Date;
        var random = new Random(40);
        var sites = new List<AppSuiteSite>();
        for (var i = 0; i < 36; i++) sites.Add(Site(18400 + i, DemoData.ResellerId, random, today, i));
        for (var i = 0; i < 12; i++) sites.Add(Site(27100 + i, DemoData.OtherResellerId, random, today, i + 7));
        Fix(sites, AppSuiteDemo.SampleSiteId, "5.0", registered: true, swasExpiry: today.AddDays(160), today);
        sites.Single(s => s.Id == AppSuiteDemo.SampleSiteId).MachineFingerprint = AppSuiteDemo.SampleFingerprint;
        Fix(sites, AppSuiteDemo.PreFiveSiteId, "4.3", registered: true, swasExpiry: today.AddDays(200), today);
        Fix(sites, AppSuiteDemo.OtherPreFiveSiteId, "4.3", registered: true, swasExpiry: null, today);
        Fix(sites, AppSuiteDemo.UnregisteredSiteId, "5.0", registered: false, swasExpiry: null, today);
        Fix(sites, AppSuiteDemo.OtherResellerSiteId, "4.3", registered: true, swasExpiry: today.AddDays(90), today);
        db.AddRange(sites);

        db.AddRange(
            new AppSuiteStockedSite { Id = AppSuiteDemo.StockedSiteId, ProductVersion = "5.0", BasePartNumber = PartCatalog.BaseLicence, StockedAt = today.AddDays(-60) },
            new AppSuiteStockedSite { Id = AppSuiteDemo.OtherStockedSiteId, ProductVersion = "5.1", BasePartNumber = PartCatalog.BaseLicence, StockedAt = today.AddDays(-30) },
            new AppSuiteStockedSite { Id = 19503, ProductVersion = "4.3", BasePartNumber = PartCatalog.BaseLicence, StockedAt = today.AddDays(-200) });

        SeedVouchers(db, sites, DemoData.ResellerId, "104233", 60, random, today);
        SeedVouchers(db, sites, DemoData.OtherResellerId, "207781", 20, random, today);
        IssueCertificates(sites);
        db.AddRange(
            Voucher(DemoData.ResellerId, AppSuiteDemo.BrowserVoucherCode, PartCatalog.PhoneManagerProfessional, "PO-104233-0099", today.AddDays(-3)),
            Voucher(DemoData.ResellerId, AppSuiteDemo.PackVoucherCode, PartCatalog.OutlookTenPack, "PO-104233-0099", today.AddDays(-3)),
            Voucher(DemoData.ResellerId, AppSuiteDemo.UnusedVoucherCode, PartCatalog.PhoneManagerProfessional, "PO-104233-0098", today.AddDays(-5)),
            Voucher(DemoData.OtherResellerId, AppSuiteDemo.OtherResellerVoucherCode, PartCatalog.PhoneManagerProfessional, "PO-207781-0050", today.AddDays(-5)));

        db.AddRange(
            new PortalUser
            {
                ResellerId = DemoData.ResellerId, ConsoleUserId = "demo-reseller-admin", Name = "Riley Reseller", Email = "reseller.admin@demo.test",
                Phone = "+1 512 555 0140", JobTitle = "Operations manager", IsAdmin = true, IsMainContact = true,
                SalesEmails = true, TechnicalEmails = true, SwasAlerts = true, CreatedAt = today.AddDays(-300),
            },
            new PortalUser
            {
                ResellerId = DemoData.ResellerId, ConsoleUserId = "demo-reseller-user", Name = "Robin Reseller", Email = "reseller.user@demo.test",
                Phone = "+1 512 555 0141", JobTitle = "Field engineer", TechnicalEmails = true, CreatedAt = today.AddDays(-200),
            });
        db.AddRange(
            new AppSuiteResellerSettings { ResellerId = DemoData.ResellerId, SwasUpgradeEmail = AppSuiteDemo.SwasUpgradeEmail },
            new AppSuiteResellerSettings { ResellerId = DemoData.OtherResellerId, SwasUpgradeEmail = "swas@redwood-networks.test" });
        await db.SaveChangesAsync(ct);
    }

    private static AppSuiteSite Site(int id, int resellerId, Random random, DateTime today, int i)
    {
        string[] versions = ["4.3", "5.0", "5.0", "4.2", "5.1", "4.3"];
        var purchased = today.AddDays(-random.Next(30, 900));
        var registered = random.Next(100) >= 18;
        var swasRoll = random.Next(100);
        DateTime? expiry = !registered || swasRoll < 22 ? null : swasRoll < 35 ? today.AddDays(-random.Next(5, 200)) : today.AddDays(random.Next(3, 360));
        var site = new AppSuiteSite
        {
            Id = id,
            ResellerId = resellerId,
            Name = registered ? Customers[(i + random.Next(3)) % Customers.Length] : null,
            ProductVersion = versions[random.Next(versions.Length)],
            PurchasedAt = purchased,
            RegisteredAt = registered ? purchased.AddDays(random.Next(1, 20)) : null,
            MachineFingerprint = registered ? Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())) : null,
            SwasExpiry = expiry,
            SwasStart = expiry?.AddYears(-1),
        };
        site.Licences.Add(Licence(resellerId, PartCatalog.BaseLicence, 1, purchased));
        site.Licences.Add(Licence(resellerId, PartCatalog.PhoneManagerProfessional, random.Next(2, 25), purchased));
        if (random.Next(100) < 50) site.Licences.Add(Licence(resellerId, PartCatalog.OutlookTenPack, random.Next(1, 3), purchased));
        if (random.Next(100) < 30) site.Licences.Add(Licence(resellerId, PartCatalog.ContactCenterAgent, random.Next(2, 12), purchased));
        if (random.Next(100) < 20) site.Licences.Add(Licence(resellerId, PartCatalog.Wallboard, 1, purchased));
        return site;
    }

    private static void Fix(List<AppSuiteSite> sites, int id, string version, bool registered, DateTime? swasExpiry, DateTime today)
    {
        var site = sites.Single(s => s.Id == id);
        site.ProductVersion = version;
        site.RegisteredAt = registered ? site.PurchasedAt.AddDays(2) : null;
        site.Name = registered ? site.Name ?? $"Site {id}" : null;
        site.MachineFingerprint = registered ? site.MachineFingerprint ?? "A1B2C3D4E5F60718293A4B5C6D7E8F90" : null;
        site.SwasExpiry = swasExpiry;
        site.SwasStart = swasExpiry?.AddYears(-1);
        if (site.SwasStart > today) site.SwasStart = today;
    }

    private static void SeedVouchers(ConsoleDbContext db, List<AppSuiteSite> sites, int resellerId, string number, int count, Random random, DateTime today)
    {
        string[] parts = [PartCatalog.PhoneManagerProfessional, PartCatalog.PhoneManagerProfessional, PartCatalog.OutlookTenPack,
            PartCatalog.OutlookFiftyPack, PartCatalog.ContactCenterAgent, PartCatalog.MobileTenPack, PartCatalog.Wallboard];
        var registered = sites.Where(s => s.ResellerId == resellerId && s.RegisteredAt is not null
            && s.Id is not AppSuiteDemo.PreFiveSiteId and not AppSuiteDemo.SampleSiteId).ToList();
        for (var i = 0; i < count; i++)
        {
            var purchased = today.AddDays(-random.Next(1, 400));
            var voucher = Voucher(resellerId, Code(random), parts[random.Next(parts.Length)], $"PO-{number}-{random.Next(1, 9):0000}", purchased);
            if (random.Next(100) < 45 && registered.Count > 0)
            {
                var site = registered[random.Next(registered.Count)];
                var used = purchased.AddDays(random.Next(1, 30));
                voucher.SiteId = site.Id;
                voucher.UsedAt = used;
                voucher.RedeemedIn = ProductVersion.Parse(site.ProductVersion).RedeemsVouchersInSoftware ? VoucherRedemption.Software : VoucherRedemption.Portal;
                voucher.UsedBy = "reseller.admin@demo.test";
                site.Licences.Add(new AppSuiteLicence { ResellerId = resellerId, PartNumber = voucher.PartNumber, Quantity = 1, AddedAt = used, Source = voucher.Code });
            }
            db.Add(voucher);
        }
    }

    /// <summary>Every registered site got a certificate when it registered, and a new one when it redeemed vouchers in
    /// the software; vouchers assigned on the portal (sites before 5.0) wait for the site's next registration.</summary>
    private static void IssueCertificates(List<AppSuiteSite> sites)
    {
        foreach (var site in sites.Where(s => s.RegisteredAt is not null))
        {
            var redeemsInSoftware = ProductVersion.Parse(site.ProductVersion).RedeemsVouchersInSoftware;
            var loaded = site.Licences.Where(l => l.Source == "Purchase" || redeemsInSoftware)
                .Select(l => l.AddedAt).DefaultIfEmpty(site.RegisteredAt!.Value).Max();
            site.CertificateIssuedAt = loaded > site.RegisteredAt ? loaded : site.RegisteredAt;
        }
    }

    private static AppSuiteVoucher Voucher(int resellerId, string code, string part, string po, DateTime purchased) =>
        new() { ResellerId = resellerId, Code = code, PartNumber = part, PurchaseOrder = po, PurchasedAt = purchased };

    private static AppSuiteLicence Licence(int resellerId, string part, int quantity, DateTime added) =>
        new() { ResellerId = resellerId, PartNumber = part, Quantity = quantity, AddedAt = added, Source = "Purchase" };

    private static string Code(Random random)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 12).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
