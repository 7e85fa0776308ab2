using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// The user's server-side basket. Every change runs in one transaction on a versioned basket row, so two tabs of
/// the same user cannot interleave, and is published on the "basket" topic (entity id = user id) after commit.
/// Spare stock is reserved when added (a conditional decrement) and released when removed.
/// </summary>
public sealed class BasketService(ConsoleDb consoleDb, IChangeNotifier notifier, TimeProvider clock, ILogger<BasketService> logger)
{
    public async Task<BasketView> GetAsync(CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var basket = await db.Set<DeviceBasket>().AsNoTracking().Include(b => b.Items)
            .FirstOrDefaultAsync(b => b.UserId == user.UserId, ct);
        return basket is null ? BasketView.Empty : await ToViewAsync(db, basket, ct);
    }

    public Task AddDeviceAsync(AddDeviceRequest request, CancellationToken ct = default) =>
        MutateAsync("AddDevice", async (db, user, basket) =>
        {
            var settings = await CatalogService.LoadSettingsAsync(db, basket.CompanyId, ct);
            var carrierId = request.CarrierId;
            if (request.Kind == OrderKind.Accessory)
                throw new ValidationFailedException("The Order Accessory tab adds accessories only.");
            if (request.Kind == OrderKind.Upgrade)
            {
                var line = await db.Set<MobileLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.UpgradeLineId, ct)
                    ?? throw new ValidationFailedException("Pick the line to upgrade first.");
                var view = await CatalogService.ToViewAsync(db, line, settings, Today, ct);
                if (view.HasOpenOrder)
                    throw new ValidationFailedException($"Line {line.PhoneNumber} already has an upgrade order in progress.");
                if (!view.Eligibility.Eligible && !settings.AllowsIneligibleUpgradeWithReason)
                    throw new ValidationFailedException($"Line {line.PhoneNumber} cannot be upgraded. {view.Eligibility.Explanation}");
                if (basket.Items.Any(i => i.Kind == ItemKind.Device))
                    throw new ValidationFailedException("An upgrade order replaces one device; remove the device in your basket first.");
                carrierId = line.CarrierId;
                basket.UpgradeLineId = line.Id;
            }
            Claim(basket, request.Kind, carrierId);

            var device = await db.Set<CatalogDevice>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DeviceId && d.CarrierId == carrierId, ct)
                ?? throw new ValidationFailedException("That device is not in this carrier's catalog.");
            var item = new BasketItem
            {
                CompanyId = basket.CompanyId, Kind = ItemKind.Device, DeviceId = device.Id, StorageGb = request.StorageGb,
                Description = device.Name, AddedAt = CurrentUtc,
            };
            if (request.SpareStockId is { } spareId)
            {
                var spare = await db.Set<SpareStock>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == spareId && s.DeviceId == device.Id, ct)
                    ?? throw new ValidationFailedException("That spare stock is not held for this device.");
                if (spare.StorageGb != request.StorageGb)
                    throw new ValidationFailedException($"The spare {device.Name} is {spare.StorageGb} GB; pick that size.");
                var reserved = await db.Set<SpareStock>().Where(s => s.Id == spareId && s.Available > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Available, x => x.Available - 1), ct);
                if (reserved == 0)
                    throw new ValidationFailedException($"No spare {device.Name} ({spare.StorageGb} GB, {spare.Colour}) is left in stock.");
                (item.SpareStockId, item.Colour, item.UnitPrice) = (spareId, spare.Colour, 0m);
            }
            else
            {
                var option = await db.Set<DeviceOption>().AsNoTracking().FirstOrDefaultAsync(o => o.DeviceId == device.Id
                    && o.StorageGb == request.StorageGb && o.TermMonths == request.TermMonths, ct)
                    ?? throw new ValidationFailedException($"{device.Name} is not offered with {request.StorageGb} GB on the {Pricing.Term(request.TermMonths)}.");
                RequireColour(device, request.Colour);
                (item.OptionId, item.TermMonths, item.Colour, item.UnitPrice) = (option.Id, option.TermMonths, request.Colour, option.Price);
            }
            basket.Items.Add(item);
            return new { item.Description, item.StorageGb, item.Colour, item.UnitPrice, item.SpareStockId };
        }, ct);

    public Task AddAccessoryAsync(AddAccessoryRequest request, CancellationToken ct = default) =>
        MutateAsync("AddAccessory", async (db, user, basket) =>
        {
            var accessory = await db.Set<Accessory>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AccessoryId, ct)
                ?? throw new ValidationFailedException("That accessory is not in your company's catalog.");
            int? fitsDevice = request.ForDeviceId;
            if (request.Kind != OrderKind.Accessory)
            {
                var parent = basket.Items.FirstOrDefault(i => i.Id == request.ParentItemId && i.Kind == ItemKind.Device)
                    ?? throw new ValidationFailedException("Add the device first, then its accessories.");
                fitsDevice = parent.DeviceId;
            }
            Claim(basket, request.Kind, accessory.CarrierId);
            if (accessory.CarrierId != request.CarrierId)
                throw new ValidationFailedException("That accessory is not in this carrier's catalog.");
            if (fitsDevice is { } d && !await db.Set<AccessoryFit>().AnyAsync(f => f.AccessoryId == accessory.Id && f.DeviceId == d, ct))
                throw new ValidationFailedException($"{accessory.Name} does not fit that device.");
            var item = new BasketItem
            {
                CompanyId = basket.CompanyId, Kind = ItemKind.Accessory, AccessoryId = accessory.Id, DeviceId = fitsDevice,
                ParentItemId = request.Kind == OrderKind.Accessory ? null : request.ParentItemId,
                Description = accessory.Name, UnitPrice = accessory.Price, AddedAt = CurrentUtc,
            };
            basket.Items.Add(item);
            return new { item.Description, item.UnitPrice };
        }, ct);

    /// <summary>Removes an item; removing a device removes its accessories and returns its spare stock.</summary>
    public Task RemoveItemAsync(int itemId, CancellationToken ct = default) =>
        MutateAsync("RemoveItem", async (db, user, basket) =>
        {
            var item = basket.Items.FirstOrDefault(i => i.Id == itemId)
                ?? throw new ValidationFailedException("That item is no longer in your basket.");
            var removed = basket.Items.Where(i => i.Id == itemId || i.ParentItemId == itemId).ToList();
            await ReleaseStockAsync(db, removed, ct);
            foreach (var r in removed) basket.Items.Remove(r);
            if (!basket.Items.Any(i => i.Kind == ItemKind.Device)) basket.UpgradeLineId = basket.Kind == OrderKind.Upgrade ? null : basket.UpgradeLineId;
            return new { item.Description, Removed = removed.Count };
        }, ct);

    public Task ChangeColourAsync(int itemId, string colour, CancellationToken ct = default) =>
        MutateAsync("ChangeColour", async (db, user, basket) =>
        {
            var item = basket.Items.FirstOrDefault(i => i.Id == itemId && i.Kind == ItemKind.Device)
                ?? throw new ValidationFailedException("That device is no longer in your basket.");
            if (item.SpareStockId is not null)
                throw new ValidationFailedException($"The spare {item.Description} comes in {item.Colour} only.");
            var device = await db.Set<CatalogDevice>().AsNoTracking().FirstAsync(d => d.Id == item.DeviceId, ct);
            RequireColour(device, colour);
            var old = item.Colour;
            item.Colour = colour;
            return new { item.Description, From = old, To = colour };
        }, ct);

    /// <summary>Takes the catalog's current prices for every item (after Create Order refused a changed price).</summary>
    public Task RefreshPricesAsync(CancellationToken ct = default) =>
        MutateAsync("RefreshPrices", async (db, user, basket) =>
        {
            var changes = await PriceCheck.ChangesAsync(db, basket.Items, ct);
            foreach (var change in changes)
            {
                if (change.Current is null)
                {
                    basket.Items.RemoveAll(i => i.Id == change.Item.Id || i.ParentItemId == change.Item.Id);
                    continue;
                }
                change.Item.UnitPrice = change.Current.Value;
            }
            return new { Changed = changes.Count };
        }, ct);

    public Task EmptyAsync(CancellationToken ct = default) =>
        MutateAsync("Empty", async (db, user, basket) =>
        {
            await ReleaseStockAsync(db, basket.Items, ct);
            var count = basket.Items.Count;
            basket.Items.Clear();
            basket.UpgradeLineId = null;
            basket.CheckoutJson = null;
            return new { Removed = count };
        }, ct);

    private static async Task<BasketView> ToViewAsync(ConsoleDbContext db, DeviceBasket basket, CancellationToken ct)
    {
        var carrier = await db.Set<Carrier>().AsNoTracking().Where(c => c.Id == basket.CarrierId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        var deviceIds = basket.Items.Where(i => i.DeviceId is not null).Select(i => i.DeviceId!.Value).Distinct().ToList();
        var colours = await db.Set<CatalogDevice>().AsNoTracking().Where(d => deviceIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.ColourList, ct);
        // Devices first, each followed by its accessories, then accessories of no device.
        var ordered = basket.Items.OrderBy(i => i.ParentItemId ?? i.Id).ThenBy(i => i.Id).ToList();
        var items = ordered.Select(i => new BasketItemView(i.Id, i.Kind, i.DeviceId, i.ParentItemId, i.Description, i.StorageGb, i.TermMonths, i.Colour,
            i.UnitPrice, i.SpareStockId is not null,
            i.Kind == ItemKind.Device && i.SpareStockId is null && i.DeviceId is { } d && colours.TryGetValue(d, out var c) ? c : [])).ToList();
        var totals = Pricing.Totals(basket.Items.Select(i => new PricedItem(i.Kind, i.UnitPrice, i.SpareStockId is not null)));
        return new BasketView(basket.Kind, basket.CarrierId, carrier, basket.UpgradeLineId, items, totals, CheckoutForm.FromJson(basket.CheckoutJson));
    }

    internal static async Task ReleaseStockAsync(ConsoleDbContext db, IEnumerable<BasketItem> items, CancellationToken ct)
    {
        foreach (var spareId in items.Where(i => i.SpareStockId is not null).Select(i => i.SpareStockId!.Value))
            await db.Set<SpareStock>().Where(s => s.Id == spareId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Available, x => x.Available + 1), ct);
    }

    private static void RequireColour(CatalogDevice device, string colour)
    {
        if (!device.ColourList.Contains(colour, StringComparer.Ordinal))
            throw new ValidationFailedException($"{device.Name} does not come in {(string.IsNullOrWhiteSpace(colour) ? "that colour" : colour)}. Offered: {string.Join(", ", device.ColourList)}.");
    }

    /// <summary>A basket holds one kind of request for one carrier; an empty basket takes whatever comes next.</summary>
    private static void Claim(DeviceBasket basket, OrderKind kind, int carrierId)
    {
        if (basket.Items.Count == 0)
        {
            basket.Kind = kind;
            basket.CarrierId = carrierId;
            if (kind != OrderKind.Upgrade) basket.UpgradeLineId = null;
            return;
        }
        if (basket.Kind != kind || basket.CarrierId != carrierId)
            throw new ValidationFailedException($"Your basket already holds a {DeviceOrderRules.Label(basket.Kind).ToLowerInvariant()} order for another carrier or kind of request. Create that order or empty the basket first.");
    }

    private async Task MutateAsync(string action, Func<ConsoleDbContext, UserContext, DeviceBasket, Task<object>> change, CancellationToken ct)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        try
        {
            await using (var db = await consoleDb.OpenAsync(user, ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var basket = await db.Set<DeviceBasket>().Include(b => b.Items).FirstOrDefaultAsync(b => b.UserId == user.UserId, ct);
                if (basket is null)
                {
                    var carrierId = await db.Set<Carrier>().OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);
                    if (carrierId == 0) throw new ValidationFailedException("Your company has no carrier to order from yet.");
                    basket = new DeviceBasket { CompanyId = companyId, UserId = user.UserId, CarrierId = carrierId };
                    db.Add(basket);
                }
                var details = await change(db, user, basket);
                basket.UpdatedAt = CurrentUtc;
                db.Entry(basket).State = db.Entry(basket).State == EntityState.Added ? EntityState.Added : EntityState.Modified;
                AuditLog.Record(db, user, "DeviceBasket", user.UserId, "Basket" + action, newValues: details);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            notifier.Publish(DeviceTopics.Basket, user.UserId, Tenant.Company(companyId));
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyConflictException("Your basket was changed in another tab at the same moment; it has been reloaded, please try again.");
        }
        catch (ValidationFailedException ex)
        {
            logger.LogInformation("Basket {Action} refused for {User}: {Reason}", action, user.Email, ex.Message);
            throw;
        }
    }

    private DateTime CurrentUtc => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(CurrentUtc);
}
