using ConsoleApp.Components.Features.AppSuite.Catalog;

namespace ConsoleApp.Components.Features.AppSuite.Sites;

public enum SwasState { None, Valid, Expired }

/// <summary>One licensed product of a site: what SWAS it needs and which parts renew it.</summary>
public sealed record ProductCoverage(
    string ProductCode,
    string ProductName,
    int LicensedUnits,
    int CoveredUnits,
    string SwasPartNumber,
    string SwasPartDescription,
    int UnitsPerSwasPart,
    int RenewalQuantity,
    int CoTermQuantity)
{
    public int UncoveredUnits => LicensedUnits - CoveredUnits;
}

public sealed record SwasCoverageResult(SwasState State, DateTime? Expiry, IReadOnlyList<ProductCoverage> Products)
{
    public bool FullyCovered => State == SwasState.Valid && Products.All(p => p.UncoveredUnits == 0);
}

/// <summary>
/// The SWAS rule of the portal, in one place:
/// <list type="bullet">
/// <item>SWAS must cover every licensed unit of every product on the site (no partial coverage).</item>
/// <item>The SWAS in place covers the units licensed on or before the day it started; units added later (e.g. by a
/// voucher) are uncovered until SWAS is co-termed for them.</item>
/// <item>An expired (or missing) SWAS covers nothing.</item>
/// <item>Renewal orders, per product, ceil(licensed units / units per SWAS part) of that product's SWAS part;
/// co-terming orders the same for the uncovered units only.</item>
/// </list>
/// </summary>
public static class SwasCoverage
{
    public sealed record LicenceLine(string PartNumber, int Quantity, DateTime AddedAt);

    public static SwasState StateOf(DateTime? expiry, DateTime today) =>
        expiry is null ? SwasState.None : expiry.Value.Date >= today.Date ? SwasState.Valid : SwasState.Expired;

    public static SwasCoverageResult Evaluate(IEnumerable<LicenceLine> licences, DateTime? swasStart, DateTime? swasExpiry,
        DateTime today, IEnumerable<AppSuitePart> catalog)
    {
        var parts = catalog.ToDictionary(p => p.PartNumber, StringComparer.OrdinalIgnoreCase);
        var state = StateOf(swasExpiry, today);
        var products = new List<ProductCoverage>();
        var unitsByProduct = licences
            .Where(l => parts.TryGetValue(l.PartNumber, out var p) && p.Kind == PartKind.Licence)
            .GroupBy(l => parts[l.PartNumber].ProductCode);
        foreach (var group in unitsByProduct.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var licensed = group.Sum(l => l.Quantity * parts[l.PartNumber].Units);
            var covered = state == SwasState.Valid
                ? group.Where(l => swasStart is null || l.AddedAt.Date <= swasStart.Value.Date).Sum(l => l.Quantity * parts[l.PartNumber].Units)
                : 0;
            var swasPart = parts.Values.Where(p => p.Kind == PartKind.Swas && p.ProductCode == group.Key)
                .OrderBy(p => p.PartNumber, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidOperationException($"The catalog has no SWAS part for product {group.Key}.");
            var productName = group.Select(l => parts[l.PartNumber]).OrderBy(p => p.Units).First().Name;
            products.Add(new ProductCoverage(group.Key, productName, licensed, covered, swasPart.PartNumber, swasPart.Description,
                swasPart.Units, PartsFor(licensed, swasPart.Units), PartsFor(licensed - covered, swasPart.Units)));
        }
        return new SwasCoverageResult(state, swasExpiry, products);
    }

    private static int PartsFor(int units, int unitsPerPart) => units <= 0 ? 0 : (units + unitsPerPart - 1) / unitsPerPart;
}
