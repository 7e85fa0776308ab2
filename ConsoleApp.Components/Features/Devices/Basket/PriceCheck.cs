using ConsoleApp.Components.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>A basket price that no longer matches the catalog; <see cref="Current"/> is null when the item was withdrawn.</summary>
public sealed record PriceChange(BasketItem Item, decimal Captured, decimal? Current)
{
    public string Describe() => Current is { } now
        ? $"{Item.Description}: {Pricing.Money(Captured)} when added, now {Pricing.Money(now)}"
        : $"{Item.Description}: no longer offered";
}

/// <summary>Compares the prices captured in a basket with the catalog's current ones (spare stock is always free).</summary>
internal static class PriceCheck
{
    public static async Task<List<PriceChange>> ChangesAsync(ConsoleDbContext db, IEnumerable<BasketItem> items, CancellationToken ct)
    {
        var list = items.Where(i => i.SpareStockId is null).ToList();
        var optionIds = list.Where(i => i.OptionId is not null).Select(i => i.OptionId!.Value).ToList();
        var accessoryIds = list.Where(i => i.AccessoryId is not null).Select(i => i.AccessoryId!.Value).ToList();
        var optionPrices = await db.Set<DeviceOption>().Where(o => optionIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Price, ct);
        var accessoryPrices = await db.Set<Accessory>().Where(a => accessoryIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Price, ct);
        var changes = new List<PriceChange>();
        foreach (var item in list)
        {
            decimal? current = item.Kind == ItemKind.Device
                ? item.OptionId is { } o && optionPrices.TryGetValue(o, out var p) ? p : null
                : item.AccessoryId is { } a && accessoryPrices.TryGetValue(a, out var q) ? q : null;
            if (current != item.UnitPrice) changes.Add(new PriceChange(item, item.UnitPrice, current));
        }
        return changes;
    }
}
