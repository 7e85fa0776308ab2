namespace ConsoleApp.Components.Features.Marketplace;

public sealed record CatalogProduct(Vendor Vendor, string ProductName, decimal UnitCost, decimal DefaultMarkupPercent, string AddOns);

/// <summary>The marketplace offers a new subscription can be bought from. Prices are the partner's cost per
/// licence and month; a new subscription starts with the offer's default markup.</summary>
public static class MarketplaceCatalog
{
    public static readonly IReadOnlyList<CatalogProduct> Products =
    [
        new(Vendor.Microsoft, "Microsoft 365 Business Basic", 6.00m, 15m, ""),
        new(Vendor.Microsoft, "Microsoft 365 Business Standard", 12.50m, 15m, "Microsoft Teams Phone"),
        new(Vendor.Microsoft, "Microsoft 365 Business Premium", 22.00m, 12m, "Microsoft Defender for Office 365"),
        new(Vendor.Google, "Google Workspace Business Starter", 7.20m, 10m, ""),
        new(Vendor.Adobe, "Adobe Acrobat Pro", 19.99m, 8m, "Adobe Sign"),
        new(Vendor.Acronis, "Acronis Cyber Protect Cloud", 9.40m, 20m, "Advanced Backup"),
        new(Vendor.Dropbox, "Dropbox Business Plus", 18.00m, 10m, ""),
    ];

    public static CatalogProduct? Find(string? productName) =>
        Products.FirstOrDefault(p => string.Equals(p.ProductName, productName, StringComparison.Ordinal));

    /// <summary>The customer's price per licence and month: cost plus markup, rounded to cents.</summary>
    public static decimal CustomerPrice(decimal unitCost, decimal markupPercent) =>
        Math.Round(unitCost * (1 + markupPercent / 100m), 2, MidpointRounding.AwayFromZero);

    /// <summary>What an item changes on the monthly bill: bought or added licences cost, removed ones save;
    /// suspensions and markup changes are priced on the subscription, not here.</summary>
    public static decimal MonthlyCost(ChangeKind kind, int quantity, decimal unitPrice) => kind switch
    {
        ChangeKind.NewSubscription or ChangeKind.LicenceIncrease => quantity * unitPrice,
        ChangeKind.LicenceDecrease => -quantity * unitPrice,
        _ => 0m,
    };
}
