using System.Globalization;
using ConsoleApp.Components.Features.Marketplace;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using MarketplaceStatus = ConsoleApp.Components.Features.Marketplace.OrderStatus;

namespace ConsoleApp.Components.Features.Dashboard.Partner;

/// <summary>One bar group of a chart: its first day (UTC) and one value per series.</summary>
public sealed record ChartBucket(DateTime Start, IReadOnlyList<int> Values);

/// <summary>A chart's data: series names and the buckets, oldest first.</summary>
public sealed record ChartFigures(IReadOnlyList<string> Series, IReadOnlyList<ChartBucket> Buckets, int DaysPerBucket)
{
    public int Total => Buckets.Sum(b => b.Values.Sum());
}

/// <summary>
/// The partner charts. Each is one GROUP BY over days on an index that starts with the partner and the date
/// (so only the rows in the range are read, never the partner's whole history); days are folded into buckets here.
/// </summary>
public sealed class ChartQueries(ConsoleDb consoleDb, TimeProvider clock)
{
    public const int ExpiryWeeks = 12;
    public const int Days = 30;
    public static readonly IReadOnlyList<string> AssignmentSeries = ["Unassigned", "Assigned"];
    public static readonly IReadOnlyList<string> ProductSeries = [OrderFormats.ProductName(OrderProduct.MiTeamMeetings), OrderFormats.ProductName(OrderProduct.MitelOne)];
    public static readonly IReadOnlyList<string> OutcomeSeries = ["Completed", "Completed with errors"];

    /// <summary>Orders expiring in each of the next 12 weeks (week 1 starts today), unassigned and assigned.</summary>
    public async Task<ChartFigures> ExpiriesPerWeekAsync(UserContext user, CancellationToken ct = default)
    {
        var partnerId = RequirePartner(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var end = today.AddDays(ExpiryWeeks * 7);
        await using var db = await consoleDb.OpenAsync(user, ct);
        if (db.Database.IsSqlite())
            return Fold(today, ExpiryWeeks, 7, AssignmentSeries, await SqliteDaysAsync(db, $"""
                SELECT substr("ExpiresAt", 1, 10) AS "Day", CASE WHEN "AssignedAccountId" IS NULL THEN 0 ELSE 1 END AS "Series", COUNT(*) AS "Count"
                FROM "PartnerOrders" WHERE "PartnerId" = {partnerId} AND "ExpiresAt" > {now} AND "ExpiresAt" < {end}
                GROUP BY 1, 2
                """, ct));
        var days = await db.Set<PartnerOrder>().AsNoTracking()
            .Where(o => o.PartnerId == partnerId && o.ExpiresAt > now && o.ExpiresAt < end)
            .GroupBy(o => new { Day = o.ExpiresAt!.Value.Date, Assigned = o.AssignedAccountId != null })
            .Select(g => new { g.Key.Day, g.Key.Assigned, Count = g.Count() })
            .ToListAsync(ct);
        return Fold(today, ExpiryWeeks, 7, AssignmentSeries, days.Select(d => (d.Day, d.Assigned ? 1 : 0, d.Count)));
    }

    /// <summary>Orders received (purchased) on each of the last 30 days, per product.</summary>
    public async Task<ChartFigures> OrdersPerDayAsync(UserContext user, CancellationToken ct = default)
    {
        var partnerId = RequirePartner(user);
        var first = clock.GetUtcNow().UtcDateTime.Date.AddDays(1 - Days);
        await using var db = await consoleDb.OpenAsync(user, ct);
        if (db.Database.IsSqlite())
            return Fold(first, Days, 1, ProductSeries, await SqliteDaysAsync(db, $"""
                SELECT substr("PurchasedAt", 1, 10) AS "Day", "Product" AS "Series", COUNT(*) AS "Count"
                FROM "PartnerOrders" WHERE "PartnerId" = {partnerId} AND "PurchasedAt" >= {first}
                GROUP BY 1, 2
                """, ct));
        var days = await db.Set<PartnerOrder>().AsNoTracking()
            .Where(o => o.PartnerId == partnerId && o.PurchasedAt >= first)
            .GroupBy(o => new { Day = o.PurchasedAt.Date, o.Product })
            .Select(g => new { g.Key.Day, g.Key.Product, Count = g.Count() })
            .ToListAsync(ct);
        return Fold(first, Days, 1, ProductSeries, days.Select(d => (d.Day, (int)d.Product, d.Count)));
    }

    /// <summary>Marketplace orders whose provisioning ended on each of the last 30 days: completed, or with errors.</summary>
    public async Task<ChartFigures> ProvisioningOutcomesAsync(UserContext user, CancellationToken ct = default)
    {
        var partnerId = RequirePartner(user);
        var first = clock.GetUtcNow().UtcDateTime.Date.AddDays(1 - Days);
        await using var db = await consoleDb.OpenAsync(user, ct);
        // The last step of a finished order sets UpdatedAt, so it is the day of the outcome.
        if (db.Database.IsSqlite())
            return Fold(first, Days, 1, OutcomeSeries, await SqliteDaysAsync(db, $"""
                SELECT substr("UpdatedAt", 1, 10) AS "Day", CASE WHEN "Status" = {(int)MarketplaceStatus.Completed} THEN 0 ELSE 1 END AS "Series", COUNT(*) AS "Count"
                FROM "MarketplaceOrders"
                WHERE "PartnerId" = {partnerId} AND "Status" IN ({(int)MarketplaceStatus.Completed}, {(int)MarketplaceStatus.CompletedWithErrors}) AND "UpdatedAt" >= {first}
                GROUP BY 1, 2
                """, ct));
        var days = await db.Set<MarketplaceOrder>().AsNoTracking()
            .Where(o => o.PartnerId == partnerId
                        && (o.Status == MarketplaceStatus.Completed || o.Status == MarketplaceStatus.CompletedWithErrors)
                        && o.UpdatedAt >= first)
            .GroupBy(o => new { Day = o.UpdatedAt.Date, o.Status })
            .Select(g => new { g.Key.Day, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        return Fold(first, Days, 1, OutcomeSeries, days.Select(d => (d.Day, d.Status == MarketplaceStatus.Completed ? 0 : 1, d.Count)));
    }

    /// <summary>
    /// SQLite stores a DateTime as text starting "yyyy-MM-dd", so the day is its first ten characters: three times
    /// cheaper per row than the strftime EF writes for <c>.Date</c>, which matters at tens of thousands of rows.
    /// The statement names its partner itself (raw SQL has no tenant filter); the role was checked above.
    /// </summary>
    private static async Task<List<(DateTime Day, int Series, int Count)>> SqliteDaysAsync(ConsoleDbContext db, FormattableString sql, CancellationToken ct)
    {
        var rows = await db.Database.SqlQuery<DayCount>(sql).ToListAsync(ct);
        return rows.Select(r => (DateTime.ParseExact(r.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.Series, r.Count)).ToList();
    }

    private sealed class DayCount
    {
        public string Day { get; set; } = "";
        public int Series { get; set; }
        public int Count { get; set; }
    }

    private static ChartFigures Fold(DateTime first, int buckets, int daysPerBucket, IReadOnlyList<string> names, IEnumerable<(DateTime Day, int Series, int Count)> days)
    {
        var series = names.Count;
        var values = new int[buckets, series];
        foreach (var (day, s, count) in days)
        {
            var index = (int)((day.Date - first).TotalDays / daysPerBucket);
            if (index >= 0 && index < buckets) values[index, s] += count;
        }
        var result = Enumerable.Range(0, buckets)
            .Select(b => new ChartBucket(first.AddDays(b * daysPerBucket), Enumerable.Range(0, series).Select(s => values[b, s]).ToList()))
            .ToList();
        return new ChartFigures(names, result, daysPerBucket);
    }

    private static int RequirePartner(UserContext user) =>
        user.Require(user.IsPartnerUser && user.PartnerId is not null, "Only partner admins and staff see the partner's charts.").PartnerId!.Value;
}
