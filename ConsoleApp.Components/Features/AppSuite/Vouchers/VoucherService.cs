using ConsoleApp.Components.Platform.Errors;
using System.Globalization;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Mail;
using ConsoleApp.Components.Features.AppSuite.Sites;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.AppSuite.Vouchers;

public enum VoucherStatus { All, Unused, Used }

public sealed record VoucherFilter(string? PartNumber = null, int? SiteId = null, string? PurchaseOrder = null, VoucherStatus Status = VoucherStatus.All, string? Code = null);

public sealed record VoucherRow(int Id, string Code, string PartNumber, string PartName, string PurchaseOrder, DateTime PurchasedAt,
    int? SiteId, string? SiteName, DateTime? UsedAt, string? RedeemedIn)
{
    public string Description => AppSuitePart.Describe(PartNumber, PartName);
    public bool Used => SiteId is not null;
    public string SiteLabel => SiteId is null ? "Unassigned" : $"{SiteId}{(SiteName is null ? "" : $" ({SiteName})")}";
}

/// <summary>
/// The reseller's purchased vouchers. Assigning (sites before 5.0 only) is permanent and takes the whole voucher,
/// so a pack's units all go to one site; a conditional update makes sure only one of two racing users wins.
/// </summary>
public sealed class VoucherService(ConsoleDb consoleDb, IChangeNotifier notifier, AppSuiteMailer mailer, TimeProvider clock, ILogger<VoucherService> logger)
{
    public async Task<PagedResult<VoucherRow>> SearchAsync(VoucherFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var items = await Rows(db, Sorted(query, page).Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(ct);
        return new PagedResult<VoucherRow>(items, total);
    }

    public async Task<IReadOnlyList<AppSuitePart>> PartsAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var used = db.Set<AppSuiteVoucher>().Select(v => v.PartNumber).Distinct();
        return await db.Set<AppSuitePart>().AsNoTracking().Where(p => used.Contains(p.PartNumber)).OrderBy(p => p.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> PurchaseOrdersAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await db.Set<AppSuiteVoucher>().Select(v => v.PurchaseOrder).Distinct().OrderByDescending(p => p).ToListAsync(ct);
    }

    public async Task<byte[]> ExportCsvAsync(VoucherFilter filter, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await Rows(db, Filtered(db, filter).OrderBy(v => v.Id)).ToListAsync(ct);
        return CsvExport.Write(rows.Select(r => new
        {
            r.Description,
            Site = r.SiteLabel,
            Voucher = r.Code,
            r.PurchaseOrder,
            Purchased = r.PurchasedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            UsedDate = r.UsedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            RedeemedIn = r.RedeemedIn ?? "",
        }));
    }

    /// <summary>Assigns an unused voucher to a site running a version before 5.0 and adds its licences to the site.</summary>
    public async Task AssignAsync(int voucherId, int siteId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var resellerId = AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var voucher = await db.Set<AppSuiteVoucher>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == voucherId, ct)
            ?? throw new NotFoundException("That voucher is not one of your vouchers.");
        if (voucher.SiteId is not null)
            throw new ValidationFailedException($"Voucher {voucher.Code} is already assigned to site {voucher.SiteId}; an assignment cannot be undone.");
        var site = await db.Set<AppSuiteSite>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct)
            ?? throw new NotFoundException($"Site {siteId} is not one of your sites.");
        if (ProductVersion.Parse(site.ProductVersion).RedeemsVouchersInSoftware)
            throw new ValidationFailedException(
                $"Site {site.Id} runs version {site.ProductVersion}: from 5.0 vouchers are redeemed in the App Suite software. Enter voucher code {voucher.Code} there.");

        var now = clock.GetUtcNow().UtcDateTime;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // The conditional update is the transaction's first statement: of two users assigning the same voucher,
            // the second waits for the first to commit and then matches no row.
            var newVersion = Guid.NewGuid();
            var rows = await db.Set<AppSuiteVoucher>()
                .Where(v => v.Id == voucherId && v.SiteId == null && v.Version == voucher.Version)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(v => v.SiteId, siteId)
                    .SetProperty(v => v.UsedAt, now)
                    .SetProperty(v => v.RedeemedIn, VoucherRedemption.Portal)
                    .SetProperty(v => v.UsedBy, user.Email)
                    .SetProperty(v => v.Version, newVersion), ct);
            if (rows == 0)
                throw new ConcurrencyConflictException($"Voucher {voucher.Code} was assigned by someone else a moment ago. The list has been refreshed.");
            db.Add(new AppSuiteLicence { SiteId = siteId, ResellerId = resellerId, PartNumber = voucher.PartNumber, Quantity = 1, AddedAt = now, Source = voucher.Code });
            AuditLog.Record(db, user, "AppSuiteVoucher", voucher.Id, "VoucherAssigned",
                new { siteId = (int?)null }, new { voucher.Code, voucher.PartNumber, siteId, site.ProductVersion });
            // The main contact hears of every order update; the mail is queued in this transaction, so only a
            // committed assignment is announced.
            var part = await db.Set<AppSuitePart>().AsNoTracking().Where(p => p.PartNumber == voucher.PartNumber).Select(p => p.Name).FirstOrDefaultAsync(ct);
            await mailer.EnqueueAsync(db, resellerId, AppSuiteMailRouting.OrderUpdateKind,
                $"Voucher {voucher.Code} assigned to App Suite site {siteId}",
                $"Voucher {voucher.Code} ({AppSuitePart.Describe(voucher.PartNumber, part ?? voucher.PartNumber)}, purchase order {voucher.PurchaseOrder}) "
                + $"was assigned to site {siteId}{(site.Name is null ? "" : $" ({site.Name})")} by {user.DisplayName} on {now:yyyy-MM-dd HH:mm} UTC.\n"
                + "The site loads the new licence when it next registers.", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        mailer.Flush();
        logger.LogInformation("Voucher {Code} assigned to site {SiteId}", voucher.Code, siteId);
        notifier.Publish(AppSuiteTopics.Vouchers, voucher.Id, Tenant.Reseller(resellerId), "assigned");
        notifier.Publish(AppSuiteTopics.Sites, siteId, Tenant.Reseller(resellerId), "licences");
    }

    private static IQueryable<AppSuiteVoucher> Filtered(ConsoleDbContext db, VoucherFilter filter)
    {
        var query = db.Set<AppSuiteVoucher>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.PartNumber)) query = query.Where(v => v.PartNumber == filter.PartNumber);
        if (filter.SiteId is { } siteId) query = query.Where(v => v.SiteId == siteId);
        if (!string.IsNullOrWhiteSpace(filter.PurchaseOrder))
        {
            var pattern = AppSuiteAccess.Contains(filter.PurchaseOrder);
            query = query.Where(v => EF.Functions.Like(v.PurchaseOrder, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(filter.Code))
        {
            var pattern = AppSuiteAccess.Contains(filter.Code);
            query = query.Where(v => EF.Functions.Like(v.Code, pattern, "\\"));
        }
        return filter.Status switch
        {
            VoucherStatus.Unused => query.Where(v => v.SiteId == null),
            VoucherStatus.Used => query.Where(v => v.SiteId != null),
            _ => query,
        };
    }

    private static IQueryable<AppSuiteVoucher> Sorted(IQueryable<AppSuiteVoucher> query, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(VoucherRow.Description) or nameof(VoucherRow.PartNumber), false) => query.OrderBy(v => v.PartNumber).ThenBy(v => v.Id),
        (nameof(VoucherRow.Description) or nameof(VoucherRow.PartNumber), true) => query.OrderByDescending(v => v.PartNumber).ThenBy(v => v.Id),
        (nameof(VoucherRow.SiteLabel) or nameof(VoucherRow.SiteId), false) => query.OrderBy(v => v.SiteId).ThenBy(v => v.Id),
        (nameof(VoucherRow.SiteLabel) or nameof(VoucherRow.SiteId), true) => query.OrderByDescending(v => v.SiteId).ThenBy(v => v.Id),
        (nameof(VoucherRow.UsedAt), false) => query.OrderBy(v => v.UsedAt).ThenBy(v => v.Id),
        (nameof(VoucherRow.UsedAt), true) => query.OrderByDescending(v => v.UsedAt).ThenBy(v => v.Id),
        (nameof(VoucherRow.PurchaseOrder), false) => query.OrderBy(v => v.PurchaseOrder).ThenBy(v => v.Id),
        (nameof(VoucherRow.PurchaseOrder), true) => query.OrderByDescending(v => v.PurchaseOrder).ThenBy(v => v.Id),
        (nameof(VoucherRow.Code), _) => page.Descending ? query.OrderByDescending(v => v.Code) : query.OrderBy(v => v.Code),
        // Unused first (what a reseller comes here to assign), newest purchases first.
        _ => query.OrderBy(v => v.SiteId != null).ThenByDescending(v => v.PurchasedAt).ThenBy(v => v.Id),
    };

    private static IQueryable<VoucherRow> Rows(ConsoleDbContext db, IQueryable<AppSuiteVoucher> vouchers) =>
        from v in vouchers
        join p in db.Set<AppSuitePart>() on v.PartNumber equals p.PartNumber
        from s in db.Set<AppSuiteSite>().Where(s => s.Id == v.SiteId).DefaultIfEmpty()
        select new VoucherRow(v.Id, v.Code, v.PartNumber, p.Name, v.PurchaseOrder, v.PurchasedAt, v.SiteId, s == null ? null : s.Name, v.UsedAt, v.RedeemedIn);
}
