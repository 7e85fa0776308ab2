using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Features.AppSuite.Vouchers;
using ConsoleApp.Components.Features.Devices;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Components.Features.Dashboard.RoleWidgets;

public sealed record AccountGlance(string AccountName, IReadOnlyList<(string Name, bool On)> Switches, int SupportContacts,
    IReadOnlyList<AccountSubscription> Subscriptions);

public sealed record MarketplaceOrderLine(int Id, string Name, MarketplaceStatus Status, DateTime At)
{
    public string StatusLabel => OrderLifecycle.Label(Status);
}

public sealed record CustomerOrders(IReadOnlyList<MarketplaceOrderLine> InProgress, IReadOnlyList<MarketplaceOrderLine> Completed);

public sealed record SwasRenewal(int SiteId, string SiteName, DateTime Expiry, IReadOnlyList<string> RenewalParts);

public sealed record ResellerGlance(IReadOnlyList<SwasRenewal> Renewals, IReadOnlyList<(string PartNumber, int Unused)> UnusedVouchers,
    IReadOnlyList<(string Version, int Sites)> SitesByVersion);

public sealed record DeviceOrderLine(int Id, string Number, DeviceOrderStatus Status, DateTime CreatedAt);

public sealed record UpgradeLine(string PhoneNumber, string CurrentDevice, DateOnly EligibleFrom, bool EligibleNow);

public sealed record EmployeeGlance(IReadOnlyList<DeviceOrderLine> Orders, IReadOnlyList<UpgradeLine> Upgrades);

/// <summary>
/// The other roles' widgets: each a handful of top-N or aggregate queries in the user's own tenant (the tenant
/// filter and an explicit tenant term), with the role checked here as well as on the page.
/// </summary>
public sealed class RoleQueries(ConsoleDb consoleDb, IEnumerable<IAccountSubscriptionSource> subscriptionSources, TimeProvider clock)
{
    public const int Rows = 10;
    public const int RenewalDays = 90;
    public const int UpgradeDays = 30;

    public async Task<AccountGlance> AccountAsync(UserContext user, CancellationToken ct = default)
    {
        user.RequireRole("Only account admins see their account at a glance.", Roles.AccountAdmin);
        var accountId = user.AccountId ?? throw new AccessDeniedException("Your user is not linked to a customer account.");
        await using var db = await consoleDb.OpenAsync(user, ct);
        var name = await db.Set<CustomerAccount>().Where(a => a.Id == accountId).Select(a => a.Name).FirstAsync(ct);
        var integrations = await db.Set<AccountIntegrations>().AsNoTracking().FirstOrDefaultAsync(i => i.AccountId == accountId, ct) ?? new AccountIntegrations();
        var contacts = await db.Set<SupportContact>().CountAsync(c => c.AccountId == accountId, ct);
        var subscriptions = new List<AccountSubscription>();
        foreach (var source in subscriptionSources) subscriptions.AddRange(await source.ForAccountAsync(db, accountId, ct));
        (string, bool)[] switches =
        [
            ("MiCC", integrations.Micc), ("MiTeam Meetings", integrations.MiTeamMeetings), ("MiCollab", integrations.MiCollab),
            ("Delegated authentication", integrations.DelegatedAuthentication), ("Guest access", integrations.AllowGuestAccess),
        ];
        return new AccountGlance(name, switches, contacts, subscriptions);
    }

    public async Task<CustomerOrders> CustomerAsync(UserContext user, CancellationToken ct = default)
    {
        user.RequireRole("Only customers see their organization's marketplace orders here.", Roles.Customer, Roles.CustomerAdmin);
        var accountId = user.AccountId ?? throw new AccessDeniedException("Your user is not linked to a customer account.");
        await using var db = await consoleDb.OpenAsync(user, ct);
        // Markup-only orders are never shown to customer roles.
        var mine = db.Set<MarketplaceOrder>().AsNoTracking().Where(o => o.PartnerId == user.PartnerId && o.AccountId == accountId && o.VisibleToCustomer);
        var inProgress = await mine
            .Where(o => o.Status == MarketplaceStatus.ProvisioningStarted || o.Status == MarketplaceStatus.ProvisioningFinished
                        || o.Status == MarketplaceStatus.ProvisioningFailed || o.Status == MarketplaceStatus.InProgress)
            .OrderBy(o => o.CreatedAt).Take(Rows)
            .Select(o => new MarketplaceOrderLine(o.Id, o.Name, o.Status, o.SubmittedAt ?? o.CreatedAt)).ToListAsync(ct);
        var completed = await mine
            .Where(o => o.Status == MarketplaceStatus.Completed || o.Status == MarketplaceStatus.CompletedWithErrors)
            .OrderByDescending(o => o.CreatedAt).Take(5)
            .Select(o => new MarketplaceOrderLine(o.Id, o.Name, o.Status, o.CompletedAt ?? o.UpdatedAt)).ToListAsync(ct);
        return new CustomerOrders(inProgress, completed);
    }

    public async Task<ResellerGlance> ResellerAsync(UserContext user, CancellationToken ct = default)
    {
        user.RequireRole("Only reseller users see App Suite renewals.", Roles.ResellerAdmin, Roles.ResellerUser);
        var resellerId = user.ResellerId ?? throw new AccessDeniedException("Your user is not linked to a reseller.");
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(RenewalDays);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var sites = await db.Set<AppSuiteSite>().AsNoTracking()
            .Where(s => s.ResellerId == resellerId && s.SwasExpiry > now && s.SwasExpiry <= until)
            .OrderBy(s => s.SwasExpiry).Take(Rows)
            .Select(s => new { s.Id, s.Name, Expiry = s.SwasExpiry!.Value })
            .ToListAsync(ct);
        var siteIds = sites.Select(s => s.Id).ToList();
        var licensed = siteIds.Count == 0 ? [] : await db.Set<AppSuiteLicence>().AsNoTracking()
            .Where(l => l.ResellerId == resellerId && siteIds.Contains(l.SiteId))
            .Select(l => new { l.SiteId, l.PartNumber }).Distinct().ToListAsync(ct);
        var renewals = sites.Select(s => new SwasRenewal(s.Id, s.Name ?? $"Site {s.Id}", s.Expiry, RenewalParts(licensed.Where(l => l.SiteId == s.Id).Select(l => l.PartNumber)))).ToList();
        var unused = await db.Set<AppSuiteVoucher>().AsNoTracking()
            .Where(v => v.ResellerId == resellerId && v.SiteId == null)
            .GroupBy(v => v.PartNumber).Select(g => new { Part = g.Key, Count = g.Count() })
            .OrderBy(g => g.Part).ToListAsync(ct);
        var versions = await db.Set<AppSuiteSite>().AsNoTracking()
            .Where(s => s.ResellerId == resellerId)
            .GroupBy(s => s.ProductVersion).Select(g => new { Version = g.Key, Count = g.Count() })
            .OrderBy(g => g.Version).ToListAsync(ct);
        return new ResellerGlance(renewals, unused.Select(u => (u.Part, u.Count)).ToList(), versions.Select(v => (v.Version, v.Count)).ToList());
    }

    /// <summary>The one-year SWAS parts of the products the site is licensed for.</summary>
    private static List<string> RenewalParts(IEnumerable<string> licenceParts)
    {
        var products = PartCatalog.All.Where(p => p.Kind == PartKind.Licence && licenceParts.Contains(p.PartNumber)).Select(p => p.ProductCode).ToHashSet();
        return PartCatalog.All.Where(p => p.Kind == PartKind.Swas && products.Contains(p.ProductCode)).Select(p => p.PartNumber).ToList();
    }

    public async Task<EmployeeGlance> EmployeeAsync(UserContext user, CancellationToken ct = default)
    {
        user.RequireRole("Only employees and managers see their device orders.", Roles.Employee, Roles.Manager);
        var companyId = user.CompanyId ?? throw new AccessDeniedException("Your user is not linked to a company.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var orders = await db.Set<DeviceOrder>().AsNoTracking()
            .Where(o => o.CompanyId == companyId && o.RequesterUserId == user.UserId)
            .OrderByDescending(o => o.CreatedAt).Take(Rows)
            .Select(o => new { o.Id, o.Status, o.CreatedAt }).ToListAsync(ct);
        var upgradeAfter = await db.Set<DeviceCompanySettings>().Where(s => s.CompanyId == companyId).Select(s => (int?)s.UpgradeAfterMonths).FirstOrDefaultAsync(ct) ?? 24;
        var lines = await (
            from l in db.Set<MobileLine>().AsNoTracking()
            join e in db.Set<HrEmployee>() on l.EmployeeId equals e.Id
            where l.CompanyId == companyId && e.UserId == user.UserId
            select new { l.PhoneNumber, l.CurrentDevice, l.ContractStart, l.ContractBalance }).Take(50).ToListAsync(ct);
        var upgrades = lines
            .Select(l => (Line: l, Result: UpgradeEligibility.Evaluate(l.ContractStart, l.ContractBalance, upgradeAfter, today)))
            .Where(x => x.Result.Eligible || x.Result.EligibleFrom <= today.AddDays(UpgradeDays))
            .OrderBy(x => x.Result.EligibleFrom)
            .Select(x => new UpgradeLine(x.Line.PhoneNumber, x.Line.CurrentDevice, x.Result.EligibleFrom, x.Result.Eligible))
            .ToList();
        return new EmployeeGlance(orders.Select(o => new DeviceOrderLine(o.Id, DeviceOrder.FormatNumber(o.Id), o.Status, o.CreatedAt)).ToList(), upgrades);
    }
}
