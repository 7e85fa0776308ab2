using ConsoleApp.Components.Platform.Errors;
using System.Globalization;
using ConsoleApp.Components.Features.AppSuite.Catalog;
using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

public enum SwasFilter { Any, With, Without }

public sealed record SiteFilter(string? Search = null, SwasFilter Swas = SwasFilter.Any, string? Version = null);

public sealed record SiteRow(int Id, string? Name, string ProductVersion, DateTime? SwasExpiry, DateTime? RegisteredAt, DateTime PurchasedAt,
    CertificateState Certificate = CertificateState.NotIssued, DateTime? CertificateIssuedAt = null)
{
    public string CertificateLabel => SiteCertificate.Label(Certificate);

    public string VersionLabel => $"MCS ({ProductVersion})";
    public bool Registered => RegisteredAt is not null;
    public string Status => Registered ? "Registered" : "Unregistered";

    public SwasState SwasState(DateTime today) => SwasCoverage.StateOf(SwasExpiry, today);

    public string SwasLabel(DateTime today) => SwasState(today) switch
    {
        Sites.SwasState.None => "No SWAS",
        Sites.SwasState.Valid => "Valid " + Wording.Date(SwasExpiry),
        _ => "Expired " + Wording.Date(SwasExpiry),
    };
}

public sealed record SiteDetails(SiteRow Site, IReadOnlyList<LicenceLineView> Licences, SwasCoverageResult Coverage, DateTime? SwasStart);

public sealed record SiteChoice(int Id, string? Name, string ProductVersion)
{
    public string Label => $"{Id}{(Name is null ? "" : $" ({Name})")} · MCS ({ProductVersion})";
    public bool RedeemsInSoftware => Sites.ProductVersion.Parse(ProductVersion).RedeemsVouchersInSoftware;
}

/// <summary>The reseller's sites: registered ones and those purchased but not yet registered.</summary>
public sealed class SiteService(ConsoleDb consoleDb, TimeProvider clock)
{
    public async Task<PagedResult<SiteRow>> SearchAsync(SiteFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var items = await Sorted(query, page).Skip(page.SafeSkip).Take(page.SafeTake).Select(Row).ToListAsync(ct);
        return new PagedResult<SiteRow>(items, total);
    }

    public async Task<SiteDetails> DetailsAsync(int siteId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var site = await db.Set<AppSuiteSite>().Include(s => s.Licences).AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct)
            ?? throw new NotFoundException($"Site {siteId} is not one of your sites.");
        var parts = await db.Set<AppSuitePart>().AsNoTracking().ToListAsync(ct);
        var coverage = SwasCoverage.Evaluate(site.Licences.Select(l => new SwasCoverage.LicenceLine(l.PartNumber, l.Quantity, l.AddedAt)),
            site.SwasStart, site.SwasExpiry, clock.GetUtcNow().UtcDateTime.Date, parts);
        var row = new SiteRow(site.Id, site.Name, site.ProductVersion, site.SwasExpiry, site.RegisteredAt, site.PurchasedAt,
            site.CertificateIssuedAt is not { } issued ? CertificateState.NotIssued
                : site.Licences.Any(l => l.AddedAt > issued) ? CertificateState.UpdateNeeded : CertificateState.Current,
            site.CertificateIssuedAt);
        return new SiteDetails(row, LicenceDocument.Lines(site.Licences, parts.ToDictionary(p => p.PartNumber)), coverage, site.SwasStart);
    }

    /// <summary>Sites to pick from when assigning a voucher, matching <paramref name="search"/> (id or name).</summary>
    public async Task<IReadOnlyList<SiteChoice>> ChoicesAsync(string? search, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        return await Filtered(db, new SiteFilter(search)).OrderByDescending(s => s.Id).Take(50)
            .Select(s => new SiteChoice(s.Id, s.Name, s.ProductVersion)).ToListAsync(ct);
    }

    public async Task<byte[]> ExportCsvAsync(SiteFilter filter, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AppSuiteAccess.RequireReseller(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await Sorted(Filtered(db, filter), new PageRequest()).Select(Row).ToListAsync(ct);
        var today = clock.GetUtcNow().UtcDateTime.Date;
        return CsvExport.Write(rows.Select(r => new
        {
            SiteId = r.Id,
            SiteName = r.Name ?? "",
            Version = r.VersionLabel,
            SwasExpiry = r.SwasLabel(today),
            r.Status,
            Registered = r.RegisteredAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Certificate = r.CertificateLabel,
            CertificateIssued = r.CertificateIssuedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        }));
    }

    private IQueryable<AppSuiteSite> Filtered(ConsoleDbContext db, SiteFilter filter)
    {
        var query = db.Set<AppSuiteSite>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = AppSuiteAccess.Contains(filter.Search);
            query = query.Where(s => EF.Functions.Like(s.Id.ToString(), pattern, "\\") || EF.Functions.Like(s.Name ?? "", pattern, "\\"));
        }
        var today = clock.GetUtcNow().UtcDateTime.Date;
        query = filter.Swas switch
        {
            SwasFilter.With => query.Where(s => s.SwasExpiry != null && s.SwasExpiry >= today),
            SwasFilter.Without => query.Where(s => s.SwasExpiry == null || s.SwasExpiry < today),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Version)) query = query.Where(s => s.ProductVersion == filter.Version);
        return query;
    }

    private static IQueryable<AppSuiteSite> Sorted(IQueryable<AppSuiteSite> query, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(SiteRow.Name), false) => query.OrderBy(s => s.Name).ThenByDescending(s => s.Id),
        (nameof(SiteRow.Name), true) => query.OrderByDescending(s => s.Name).ThenByDescending(s => s.Id),
        (nameof(SiteRow.ProductVersion) or nameof(SiteRow.VersionLabel), false) => query.OrderBy(s => s.ProductVersion).ThenByDescending(s => s.Id),
        (nameof(SiteRow.ProductVersion) or nameof(SiteRow.VersionLabel), true) => query.OrderByDescending(s => s.ProductVersion).ThenByDescending(s => s.Id),
        (nameof(SiteRow.SwasExpiry), false) => query.OrderBy(s => s.SwasExpiry).ThenByDescending(s => s.Id),
        (nameof(SiteRow.SwasExpiry), true) => query.OrderByDescending(s => s.SwasExpiry).ThenByDescending(s => s.Id),
        (nameof(SiteRow.Id), false) => query.OrderBy(s => s.Id),
        _ => query.OrderByDescending(s => s.Id),
    };

    private static readonly System.Linq.Expressions.Expression<Func<AppSuiteSite, SiteRow>> Row =
        s => new SiteRow(s.Id, s.Name, s.ProductVersion, s.SwasExpiry, s.RegisteredAt, s.PurchasedAt,
            s.CertificateIssuedAt == null ? CertificateState.NotIssued
                : s.Licences.Any(l => l.AddedAt > s.CertificateIssuedAt) ? CertificateState.UpdateNeeded : CertificateState.Current,
            s.CertificateIssuedAt);
}
