using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>
/// The requester's side of an order: Create Order (basket → Draft), then Confirm Order Items, Modify (back to the
/// basket) or Delete. Each change is one transaction with its history entry, audit entry and e-mails, and is
/// published on "device-orders" after commit.
/// </summary>
public sealed class DeviceOrderService(ConsoleDb consoleDb, OrderWorkflow workflow, IChangeNotifier notifier, ILogger<DeviceOrderService> logger)
{
    public async Task<int> CreateFromBasketAsync(CheckoutForm form, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        int orderId;
        await using (var db = await consoleDb.OpenAsync(user, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var basket = await db.Set<DeviceBasket>().Include(b => b.Items).FirstOrDefaultAsync(b => b.UserId == user.UserId, ct);
            if (basket is null || basket.Items.Count == 0)
                throw Refused(user, "Your basket is empty: add a device or accessory first.");
            if (basket.Kind != OrderKind.Accessory && !basket.Items.Any(i => i.Kind == ItemKind.Device))
                throw Refused(user, "Add the device to your basket; it holds accessories only.");
            var changes = await PriceCheck.ChangesAsync(db, basket.Items, ct);
            if (changes.Count > 0)
                throw Refused(user, "Prices changed since you added these items: " + string.Join("; ", changes.Select(c => c.Describe()))
                    + ". Refresh the prices in your basket to continue.", new Dictionary<string, string> { ["Prices"] = "changed" });
            var settings = await CatalogService.LoadSettingsAsync(db, companyId, ct);
            CheckedCheckout c;
            try
            {
                c = await CheckoutValidator.CheckAsync(db, form, basket, settings, DateOnly.FromDateTime(workflow.CurrentUtc), ct);
            }
            catch (ValidationFailedException ex)
            {
                logger.LogInformation("Create order refused for {User}: {Reason}", user.Email, ex.Message);
                throw;
            }
            if (c.Line is not null && await db.Set<DeviceOrder>().AnyAsync(o => o.UpgradeLineId == c.Line.Id
                    && (o.Status == DeviceOrderStatus.Draft || o.Status == DeviceOrderStatus.PendingApproval || o.Status == DeviceOrderStatus.Approved), ct))
                throw Refused(user, $"Line {c.Line.PhoneNumber} already has an upgrade order in progress.");

            var carrier = await db.Set<Carrier>().AsNoTracking().FirstAsync(x => x.Id == basket.CarrierId, ct);
            var totals = Pricing.Totals(basket.Items.Select(i => new PricedItem(i.Kind, i.UnitPrice, i.SpareStockId is not null)));
            var order = new DeviceOrder
            {
                CompanyId = companyId, Kind = basket.Kind, Status = DeviceOrderStatus.Draft, CarrierId = carrier.Id, CarrierName = carrier.Name,
                RequesterUserId = user.UserId, RequesterName = user.DisplayName, RequesterEmail = user.Email,
                NotifyEmails = c.NotifyEmails, ShippingLocation = c.ShippingLocation, AttentionTo = c.AttentionTo, DealerNotes = c.DealerNotes,
                EmployeeId = c.EmployeeId, EmployeeName = c.EmployeeName, EmployeeNumber = c.EmployeeNumber, AccountingCodes = c.AccountingCodes,
                UpgradeLineId = c.Line?.Id, UpgradePhoneNumber = c.Line?.PhoneNumber ?? "", UpgradeEligible = c.UpgradeEligible,
                UpgradeReason = c.UpgradeReason, DevicesTotal = totals.Devices, AccessoriesTotal = totals.Accessories, Total = totals.Total,
                CreatedAt = workflow.CurrentUtc, UpdatedAt = workflow.CurrentUtc,
            };
            db.Add(order);
            await db.SaveChangesAsync(ct);
            await CopyItemsAsync(db, basket.Items, order, ct);
            db.Remove(basket);
            workflow.Record(db, order, user, "Created", null);
            AuditLog.Record(db, user, "DeviceOrder", order.Id, "DeviceOrderCreated",
                newValues: new { order.Number, order.Kind, order.EmployeeName, order.Total, Items = order.Items.Count });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            orderId = order.Id;
        }
        notifier.Publish(DeviceTopics.Basket, user.UserId, Tenant.Company(companyId));
        notifier.Publish(DeviceTopics.Orders, orderId, Tenant.Company(companyId), "created");
        return orderId;
    }

    /// <summary>Devices first, so accessories can point at their device's new item id.</summary>
    private static async Task CopyItemsAsync(ConsoleDbContext db, IReadOnlyList<BasketItem> items, DeviceOrder order, CancellationToken ct)
    {
        var ids = new Dictionary<int, DeviceOrderItem>();
        foreach (var i in items.Where(i => i.Kind == ItemKind.Device))
        {
            var copy = Copy(i, order, null);
            order.Items.Add(copy);
            ids[i.Id] = copy;
        }
        await db.SaveChangesAsync(ct);
        foreach (var i in items.Where(i => i.Kind == ItemKind.Accessory))
            order.Items.Add(Copy(i, order, i.ParentItemId is { } p && ids.TryGetValue(p, out var parent) ? parent.Id : null));
    }

    private static DeviceOrderItem Copy(BasketItem i, DeviceOrder order, int? parentId) => new()
    {
        CompanyId = order.CompanyId, Kind = i.Kind, DeviceId = i.DeviceId, OptionId = i.OptionId, AccessoryId = i.AccessoryId,
        ParentItemId = parentId, SpareStockId = i.SpareStockId, Description = i.Description, StorageGb = i.StorageGb,
        TermMonths = i.TermMonths, Colour = i.Colour, UnitPrice = i.UnitPrice,
    };

    /// <summary>Confirm Order Items: to the employee's manager when the company requires approval, else straight to the dealer.</summary>
    public async Task ConfirmAsync(int orderId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        await RunAsync(user, orderId, DeviceOrderAction.Confirm, async (db, order) =>
        {
            var settings = await CatalogService.LoadSettingsAsync(db, companyId, ct);
            if (!settings.RequiresApproval)
            {
                order.SubmittedAt = workflow.CurrentUtc;
                workflow.Record(db, order, user, "Confirmed", order.Status);
                await workflow.HandOffAsync(db, order, user, ct);
                workflow.Notify(db, order, "sent to the dealer", $"{user.DisplayName} confirmed the order; it has been sent to the dealer.", "devices.sent");
                return;
            }
            var approver = await Approvers.ResolveAsync(db, order, ct);
            var from = order.Status;
            order.Status = DeviceOrderRules.Next(from, DeviceOrderAction.Confirm, true)!.Value;
            (order.SubmittedAt, order.ApproverUserId, order.ApproverName) = (workflow.CurrentUtc, approver.UserId, approver.FullName);
            workflow.Record(db, order, user, "Confirmed", from, $"Approval requested from {approver.FullName}");
            workflow.RequestApproval(db, order, approver.Email);
            workflow.Notify(db, order, "waiting for approval", $"{user.DisplayName} confirmed the order; it waits for approval by {approver.FullName}.", "devices.submitted");
        }, ct);
    }

    /// <summary>Delete the order entirely (Draft or Rejected); a draft's spare stock goes back on the shelf.</summary>
    public async Task DeleteAsync(int orderId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        DeviceAccess.CompanyOf(user);
        await RunAsync(user, orderId, DeviceOrderAction.Delete, async (db, order) =>
        {
            if (DeviceOrderRules.HoldsStock(order.Status)) await ReleaseStockAsync(db, order, ct);
            db.Remove(order);
        }, ct);
    }

    /// <summary>Modify: the draft goes back into the (empty) basket with its ordering information, and is removed.</summary>
    public async Task ModifyAsync(int orderId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        var companyId = DeviceAccess.CompanyOf(user);
        await RunAsync(user, orderId, DeviceOrderAction.Modify, async (db, order) =>
        {
            var basket = await db.Set<DeviceBasket>().Include(b => b.Items).FirstOrDefaultAsync(b => b.UserId == user.UserId, ct);
            if (basket is { Items.Count: > 0 })
                throw new ValidationFailedException("Your basket is not empty. Create that order or empty the basket before modifying this one.");
            if (basket is not null) db.Remove(basket);
            await db.SaveChangesAsync(ct);
            var form = new CheckoutForm
            {
                NotifyEmails = order.NotifyEmails, ShippingLocation = order.ShippingLocation, AttentionTo = order.AttentionTo,
                DealerNotes = order.DealerNotes, EmployeeId = order.EmployeeId, EmployeeName = order.EmployeeName,
                EmployeeNumber = order.EmployeeNumber, AccountingCodes = order.AccountingCodes, UpgradeReason = order.UpgradeReason,
            };
            var restored = new DeviceBasket
            {
                CompanyId = companyId, UserId = user.UserId, Kind = order.Kind, CarrierId = order.CarrierId, UpgradeLineId = order.UpgradeLineId,
                CheckoutJson = form.ToJson(), UpdatedAt = workflow.CurrentUtc,
            };
            var map = new Dictionary<int, BasketItem>();
            foreach (var i in order.Items.OrderBy(i => i.Kind))
            {
                var item = new BasketItem
                {
                    CompanyId = companyId, Kind = i.Kind, DeviceId = i.DeviceId, OptionId = i.OptionId, AccessoryId = i.AccessoryId,
                    SpareStockId = i.SpareStockId, Description = i.Description, StorageGb = i.StorageGb, TermMonths = i.TermMonths,
                    Colour = i.Colour, UnitPrice = i.UnitPrice, AddedAt = workflow.CurrentUtc,
                };
                map[i.Id] = item;
                restored.Items.Add(item);
            }
            db.Add(restored);
            await db.SaveChangesAsync(ct);
            foreach (var i in order.Items.Where(i => i.ParentItemId is not null && map.ContainsKey(i.ParentItemId.Value)))
                map[i.Id].ParentItemId = map[i.ParentItemId!.Value].Id;
            db.Remove(order);
        }, ct);
        notifier.Publish(DeviceTopics.Basket, user.UserId, Tenant.Company(companyId));
    }

    private static async Task ReleaseStockAsync(ConsoleDbContext db, DeviceOrder order, CancellationToken ct)
    {
        foreach (var spareId in order.Items.Where(i => i.SpareStockId is not null).Select(i => i.SpareStockId!.Value))
            await db.Set<SpareStock>().Where(s => s.Id == spareId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Available, x => x.Available + 1), ct);
    }

    /// <summary>Loads the order for its requester, checks the status rule, applies the change and commits it.</summary>
    private async Task RunAsync(UserContext user, int orderId, DeviceOrderAction action, Func<ConsoleDbContext, DeviceOrder, Task> change, CancellationToken ct)
    {
        var companyId = DeviceAccess.CompanyOf(user);
        try
        {
            await using (var db = await consoleDb.OpenAsync(user, ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var order = await db.Set<DeviceOrder>().Include(o => o.Items).FirstOrDefaultAsync(o => o.Id == orderId, ct)
                    ?? throw new NotFoundException($"Order {DeviceOrder.FormatNumber(orderId)} does not exist.");
                if (order.RequesterUserId != user.UserId)
                    throw new AccessDeniedException($"Only {order.RequesterName}, who requested order {order.Number}, can {action.ToString().ToLowerInvariant()} it.");
                if (!DeviceOrderRules.Allows(order.Status, action))
                    throw new ValidationFailedException($"Order {order.Number} is {DeviceOrderRules.Label(order.Status).ToLowerInvariant()}; it cannot be {Past(action)} now.");
                var before = order.Status;
                var number = order.Number;
                await change(db, order);
                if (db.Entry(order).State != EntityState.Deleted) order.UpdatedAt = workflow.CurrentUtc;
                AuditLog.Record(db, user, "DeviceOrder", orderId, "DeviceOrder" + action,
                    oldValues: new { Status = before }, newValues: new { Number = number, Status = db.Entry(order).State == EntityState.Deleted ? "Removed" : order.Status.ToString() });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            workflow.Flush();
            notifier.Publish(DeviceTopics.Orders, orderId, Tenant.Company(companyId), action.ToString().ToLowerInvariant());
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Order {DeviceOrder.FormatNumber(orderId)} was changed by someone else at the same moment; it has been reloaded.");
        }
        catch (ValidationFailedException ex)
        {
            logger.LogInformation("{Action} of order {Order} refused for {User}: {Reason}", action, orderId, user.Email, ex.Message);
            throw;
        }
    }

    private static string Past(DeviceOrderAction action) => action switch
    {
        DeviceOrderAction.Confirm => "confirmed",
        DeviceOrderAction.Modify => "modified",
        DeviceOrderAction.Delete => "deleted",
        _ => action.ToString().ToLowerInvariant(),
    };

    private ValidationFailedException Refused(UserContext user, string message, IReadOnlyDictionary<string, string>? fields = null)
    {
        logger.LogInformation("Create order refused for {User}: {Reason}", user.Email, message);
        return new ValidationFailedException(message, fields);
    }
}
