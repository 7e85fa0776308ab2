using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>Builds an order's details page model in the user's scope (markup hidden from customer roles).</summary>
internal static class OrderDetailsReader
{
    public static async Task<OrderDetails> ReadAsync(ConsoleDbContext db, CustomerScope scope, int orderId, CancellationToken ct)
    {
        var seesMarkup = scope.SeesMarkup;
        var order = await db.Set<MarketplaceOrder>().AsNoTracking()
            .Include(o => o.Items.Where(i => seesMarkup || i.Kind != ChangeKind.MarkupChange).OrderBy(i => i.Id))
            .ThenInclude(i => i.Subscription)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.AccountId == scope.AccountId && (seesMarkup || o.VisibleToCustomer), ct)
            ?? throw new NotFoundException("That order does not exist.");
        var notes = await db.Set<MarketplaceOrderNote>().AsNoTracking().Where(n => n.OrderId == order.Id)
            .OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new NoteView(n.Id, n.AuthorName, n.At, n.Text)).ToListAsync(ct);

        var items = order.Items.Select(i => Item(i, seesMarkup)).ToList();
        // Purchase and update orders show the licences the subscription holds now (after provisioning, if done).
        var panel = order.Items.Where(i => ChangeKindText.ChangesLicences(i.Kind) && i.Subscription is not null)
            .Select(i => i.Subscription!).DistinctBy(s => s.Id)
            .Select(s => new LicenceTotal(s.ProductName, s.Licences, s.State)).ToList();
        return new OrderDetails(order.Id, order.AccountId, order.Name, order.Status, order.Version, order.CreatedByName,
            order.CreatedByOrganization, order.CreatedAt, order.SubmittedAt, order.CompletedAt, order.VendorMessage, items, notes,
            OrderLifecycle.UserActionsFor(order.Status), panel, seesMarkup);
    }

    private static OrderItemDetails Item(MarketplaceOrderItem i, bool seesMarkup)
    {
        var price = MarketplaceCatalog.CustomerPrice(i.UnitCost, i.MarkupPercent);
        var sub = i.Subscription is { } s
            ? Info(s, seesMarkup)
            : new SubscriptionInfo(null, i.Vendor, i.ProductName, i.AdminEmail ?? "", i.AdminFirstName ?? "", i.AdminLastName ?? "",
                i.TenantName, null, SubscriptionState.Active, price, seesMarkup ? i.UnitCost : null,
                seesMarkup ? i.MarkupPercent : null, "Monthly", "Invoice", i.AddOns);
        var cost = MarketplaceCatalog.MonthlyCost(i.Kind, i.Quantity, price);
        return new OrderItemDetails(i.Id, i.Kind, i.ProductName, i.Quantity, $"{sub.BillingCycle}, {sub.PaymentMethod}",
            i.AddOns.Length == 0 ? "None" : i.AddOns, price, seesMarkup ? i.UnitCost : null, seesMarkup ? i.MarkupPercent : null,
            cost, i.Result, i.VendorMessage, sub);
    }

    public static SubscriptionInfo Info(MarketplaceSubscription s, bool seesMarkup) =>
        new(s.Id, s.Vendor, s.ProductName, s.AdminEmail, s.AdminFirstName, s.AdminLastName,
            s.Vendor == Vendor.Microsoft ? s.TenantName : null, s.Licences, s.State,
            MarketplaceCatalog.CustomerPrice(s.UnitCost, s.MarkupPercent), seesMarkup ? s.UnitCost : null,
            seesMarkup ? s.MarkupPercent : null, s.BillingCycle, s.PaymentMethod, s.AddOns);
}
