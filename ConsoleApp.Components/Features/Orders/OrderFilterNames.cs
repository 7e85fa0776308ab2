using System.Globalization;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>
/// The Orders grid's filters as they appear in the address (<c>/orders?expires-from=2026-12-07&amp;expires-to=2026-12-13&amp;assigned=no</c>),
/// so a link (e.g. a dashboard chart's bar) opens the grid filtered. Days are yyyy-MM-dd, UTC, both ends included.
/// </summary>
public static class OrderFilterNames
{
    public const string ExpiresFrom = "expires-from";
    public const string ExpiresTo = "expires-to";
    public const string PurchasedFrom = "purchased-from";
    public const string PurchasedTo = "purchased-to";
    public const string Assigned = "assigned";
    public const string Product = "product";

    public static string ProductKey(OrderProduct product) => product == OrderProduct.MitelOne ? "mitel-one" : "miteam-meetings";

    public static OrderQuery Parse(string? expiresFrom, string? expiresTo, string? purchasedFrom, string? purchasedTo, string? assigned, string? product) => new()
    {
        ExpiresFrom = Day(expiresFrom),
        ExpiresTo = Day(expiresTo),
        PurchasedFrom = Day(purchasedFrom),
        PurchasedTo = Day(purchasedTo),
        Assigned = assigned?.Trim().ToLowerInvariant() switch { "yes" => true, "no" => false, _ => null },
        Product = product?.Trim().ToLowerInvariant() switch { "mitel-one" => OrderProduct.MitelOne, "miteam-meetings" => OrderProduct.MiTeamMeetings, _ => null },
    };

    /// <summary>The filters of <paramref name="query"/> as address parameters (null leaves one out).</summary>
    public static Dictionary<string, object?> Parameters(OrderQuery query) => new()
    {
        [ExpiresFrom] = Text(query.ExpiresFrom),
        [ExpiresTo] = Text(query.ExpiresTo),
        [PurchasedFrom] = Text(query.PurchasedFrom),
        [PurchasedTo] = Text(query.PurchasedTo),
        [Assigned] = query.Assigned switch { true => "yes", false => "no", null => null },
        [Product] = query.Product is { } p ? ProductKey(p) : null,
    };

    /// <summary>The filters in words, e.g. "expires 2026-12-07 – 2026-12-13 · unassigned".</summary>
    public static string Describe(OrderQuery query)
    {
        var parts = new List<string>();
        if (Range(query.ExpiresFrom, query.ExpiresTo) is { } expires) parts.Add("expires " + expires);
        if (Range(query.PurchasedFrom, query.PurchasedTo) is { } purchased) parts.Add("purchased " + purchased);
        if (query.Assigned is { } assigned) parts.Add(assigned ? "assigned" : "unassigned");
        if (query.Product is { } product) parts.Add(OrderFormats.ProductName(product));
        return string.Join(" · ", parts);
    }

    private static string? Range(DateTime? from, DateTime? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, { } t) when f.Date == t.Date => OrderFormats.DateText(f),
        ({ } f, { } t) => $"{OrderFormats.DateText(f)} – {OrderFormats.DateText(t)}",
        ({ } f, null) => "from " + OrderFormats.DateText(f),
        (null, { } t) => "until " + OrderFormats.DateText(t),
    };

    private static DateTime? Day(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;

    private static string? Text(DateTime? day) => day is null ? null : OrderFormats.DateText(day);
}
