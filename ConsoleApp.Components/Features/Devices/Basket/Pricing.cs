using System.Globalization;

namespace ConsoleApp.Components.Features.Devices;

public sealed record PricedItem(ItemKind Kind, decimal UnitPrice, bool FromSpareStock);

/// <summary>An order broken down: devices (bought and from spare stock) and accessories, and the total.</summary>
public sealed record OrderTotals(int DeviceCount, int SpareCount, int AccessoryCount, decimal Devices, decimal Accessories)
{
    public decimal Total => Devices + Accessories;
    public static readonly OrderTotals Empty = new(0, 0, 0, 0m, 0m);
}

/// <summary>Prices and totals of baskets and orders. Spare stock is already the company's, so it costs nothing.</summary>
public static class Pricing
{
    public static decimal DevicePrice(decimal optionPrice, bool fromSpareStock) => fromSpareStock ? 0m : optionPrice;

    public static OrderTotals Totals(IEnumerable<PricedItem> items)
    {
        var list = items.ToList();
        var devices = list.Where(i => i.Kind == ItemKind.Device).ToList();
        var accessories = list.Where(i => i.Kind == ItemKind.Accessory).ToList();
        return new OrderTotals(
            devices.Count,
            devices.Count(d => d.FromSpareStock),
            accessories.Count,
            devices.Sum(d => DevicePrice(d.UnitPrice, d.FromSpareStock)),
            accessories.Sum(a => a.UnitPrice));
    }

    public static string Money(decimal amount) => amount.ToString("$#,##0.00", CultureInfo.InvariantCulture);

    public static string Term(int? months) => months switch
    {
        null => "spare stock",
        0 => "outright",
        var m => $"{m}-month term",
    };
}
