using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>
/// Demo subscriptions and orders: Acme Dental Group (account 1, the customer users' account) has an order in every
/// status plus markup-only orders; accounts 2–8 of partner 1 and 33–35 of partner 2 get a few each. Seeded orders
/// have nothing scheduled, so they stay in their status until a user acts.
/// </summary>
public sealed class MarketplaceSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    private const string Rejected = "Vendor error 4012: the admin e-mail address it@acme-dental.invalid.test is not accepted for this tenant.";

    public async Task SeedAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (await db.Set<MarketplaceSubscription>().AnyAsync(ct)) return;
        var today = clock.GetUtcNow().UtcDateTime.Date;

        var acme = Subscriptions(1, DemoData.PartnerId, "acmedental", [(1, 25), (2, 10), (4, 5), (5, 30)], today);
        db.AddRange(acme);
        await db.SaveChangesAsync(ct);
        var (std, premium, acrobat, acronis) = (acme[0], acme[1], acme[2], acme[3]);
        var customer = ("demo-customer", "Casey Customer", "Acme Dental Group");
        var partner = ("demo-partner-admin", "Pat Admin", "Northwind Communications");
        var staff = ("demo-partner-staff", "Sam Staff", "Northwind Communications");

        var orders = new List<MarketplaceOrder>
        {
            NewOrder(acme[0], OrderStatus.Started, today.AddHours(9), customer, Item(std, ChangeKind.LicenceIncrease, 5)),
            NewOrder(acme[0], OrderStatus.ProvisioningStarted, today.AddDays(-1).AddHours(10), partner, Item(premium, ChangeKind.LicenceIncrease, 2)),
            NewOrder(acme[0], OrderStatus.ProvisioningFinished, today.AddDays(-2).AddHours(11), customer,
                Item(acronis, ChangeKind.LicenceDecrease, 4), Item(acronis, ChangeKind.MarkupChange, 0, 18m)),
            NewOrder(acme[0], OrderStatus.ProvisioningFailed, today.AddDays(-3).AddHours(14), customer,
                NewSub(acme[0], 3, 8, "it@acme-dental.invalid.test", "Dana", "Reyes", null)),
            NewOrder(acme[0], OrderStatus.Deleted, today.AddDays(-4).AddHours(16), customer, Item(acrobat, ChangeKind.Suspension, 0)),
            NewOrder(acme[0], OrderStatus.InProgress, today.AddDays(-6).AddHours(9), partner, Item(std, ChangeKind.LicenceIncrease, 3)),
            NewOrder(acme[0], OrderStatus.Draft, today.AddDays(-9).AddHours(13), customer,
                NewSub(acme[0], 6, 12, "office@acmedental.test", "Jordan", "Lee", null)),
            NewOrder(acme[0], OrderStatus.CompletedWithErrors, today.AddDays(-20).AddHours(15), partner,
                Item(premium, ChangeKind.LicenceIncrease, 600)),
            NewOrder(acme[0], OrderStatus.Completed, today.AddDays(-35).AddHours(10), customer, Item(std, ChangeKind.LicenceIncrease, 10)),
            NewOrder(acme[0], OrderStatus.Completed, today.AddDays(-60).AddHours(11), customer, Item(acrobat, ChangeKind.LicenceIncrease, 2)),
            // Markup-only orders: the partner sees them, Acme's own users never do.
            NewOrder(acme[0], OrderStatus.ProvisioningFinished, today.AddDays(-1).AddHours(15), staff, Item(std, ChangeKind.MarkupChange, 0, 20m)),
            NewOrder(acme[0], OrderStatus.Completed, today.AddDays(-40).AddHours(12), partner, Item(premium, ChangeKind.MarkupChange, 0, 12m)),
        };
        orders[3].VendorMessage = Rejected;
        orders[3].Items[0].VendorMessage = Rejected;
        orders[7].VendorMessage = orders[7].Items[0].VendorMessage =
            "Vendor error 3003: a Microsoft 365 Business Premium subscription can hold at most 500 licences.";

        var random = new Random(2);
        var statuses = Enum.GetValues<OrderStatus>();
        int[] otherAccounts = [2, 3, 4, 5, 6, 7, 8, 33, 34, 35];
        foreach (var accountId in otherAccounts)
        {
            var partnerId = accountId <= DemoData.AccountsOfPartner ? DemoData.PartnerId : DemoData.OtherPartnerId;
            var slug = new string(DemoData.AccountNames[accountId - 1].ToLowerInvariant().Where(char.IsLetter).ToArray());
            var subs = Subscriptions(accountId, partnerId, slug, [(random.Next(0, 3), random.Next(5, 60)), (random.Next(3, 7), random.Next(2, 20))], today);
            db.AddRange(subs);
            await db.SaveChangesAsync(ct);
            var creator = partnerId == DemoData.PartnerId ? partner : ("demo-other-partner", "Olivia Other", "Contoso Telecom");
            for (var n = 0; n < (partnerId == DemoData.PartnerId ? 6 : 3); n++)
            {
                var sub = subs[random.Next(subs.Count)];
                var kind = (ChangeKind)random.Next(1, 5);
                var item = kind == ChangeKind.MarkupChange
                    ? Item(sub, kind, 0, sub.MarkupPercent + 5)
                    : Item(sub, kind, kind == ChangeKind.Suspension ? 0 : random.Next(1, 4));
                orders.Add(NewOrder(sub, statuses[random.Next(statuses.Length)], today.AddDays(-random.Next(0, 90)).AddHours(random.Next(8, 18)), creator, item));
            }
        }

        foreach (var group in orders.GroupBy(o => (o.AccountId, o.CreatedAt.Date)))
        {
            var i = 0;
            foreach (var o in group.OrderBy(o => o.CreatedAt))
                o.Name = $"Order #{o.CreatedAt:dd-MM-yyyy}" + (i++ > 0 ? $"/{i}" : "");
        }
        db.AddRange(orders);
        await db.SaveChangesAsync(ct);

        db.AddRange(
            Note(orders[0], customer, today.AddHours(9.5), "Five new hygienists start on Monday."),
            Note(orders[3], partner, today.AddDays(-3).AddHours(15), "The vendor refuses the e-mail domain; asked Dana for a working address."),
            Note(orders[3], customer, today.AddDays(-3).AddHours(16), "Use office@acmedental.test instead."),
            Note(orders[7], partner, today.AddDays(-20).AddHours(16), "Over the vendor's limit; splitting into two subscriptions."));
        await db.SaveChangesAsync(ct);
    }

    private static List<MarketplaceSubscription> Subscriptions(int accountId, int partnerId, string slug, (int Product, int Licences)[] picks, DateTime today) =>
        picks.Select((p, n) =>
        {
            var product = MarketplaceCatalog.Products[p.Product];
            return new MarketplaceSubscription
            {
                PartnerId = partnerId,
                AccountId = accountId,
                Vendor = product.Vendor,
                ProductName = product.ProductName,
                AdminEmail = $"it@{slug}.test",
                AdminFirstName = n % 2 == 0 ? "Morgan" : "Riley",
                AdminLastName = n % 2 == 0 ? "Hale" : "Chen",
                TenantName = product.Vendor == Vendor.Microsoft ? $"{slug}.onmicrosoft.com" : null,
                UnitCost = product.UnitCost,
                MarkupPercent = product.DefaultMarkupPercent,
                Licences = p.Licences,
                BillingCycle = n % 2 == 0 ? "Monthly" : "Annual, billed monthly",
                PaymentMethod = n % 2 == 0 ? "Invoice" : "Direct debit",
                AddOns = product.AddOns,
                CreatedAt = today.AddDays(-200 + n * 11),
            };
        }).ToList();

    private static MarketplaceOrderItem Item(MarketplaceSubscription sub, ChangeKind kind, int quantity, decimal? markup = null) => new()
    {
        PartnerId = sub.PartnerId,
        AccountId = sub.AccountId,
        Kind = kind,
        SubscriptionId = sub.Id,
        Vendor = sub.Vendor,
        ProductName = sub.ProductName,
        Quantity = quantity,
        UnitCost = sub.UnitCost,
        MarkupPercent = markup ?? sub.MarkupPercent,
        AddOns = sub.AddOns,
    };

    private static MarketplaceOrderItem NewSub(MarketplaceSubscription owner, int product, int quantity, string email, string first, string last, string? tenant)
    {
        var p = MarketplaceCatalog.Products[product];
        return new MarketplaceOrderItem
        {
            PartnerId = owner.PartnerId,
            AccountId = owner.AccountId,
            Kind = ChangeKind.NewSubscription,
            Vendor = p.Vendor,
            ProductName = p.ProductName,
            Quantity = quantity,
            UnitCost = p.UnitCost,
            MarkupPercent = p.DefaultMarkupPercent,
            AddOns = p.AddOns,
            AdminEmail = email,
            AdminFirstName = first,
            AdminLastName = last,
            TenantName = tenant,
        };
    }

    private static MarketplaceOrder NewOrder(MarketplaceSubscription sub, OrderStatus status, DateTime at,
        (string Id, string Name, string Org) by, params MarketplaceOrderItem[] items)
    {
        var submitted = status is not (OrderStatus.Started or OrderStatus.Draft or OrderStatus.Deleted);
        var result = status switch
        {
            OrderStatus.ProvisioningFinished or OrderStatus.InProgress or OrderStatus.Completed => ItemResult.Succeeded,
            OrderStatus.ProvisioningFailed or OrderStatus.CompletedWithErrors => ItemResult.Failed,
            _ => ItemResult.Pending,
        };
        foreach (var i in items) i.Result = result;
        return new MarketplaceOrder
        {
            PartnerId = sub.PartnerId,
            AccountId = sub.AccountId,
            Name = "",
            Status = status,
            CreatedByUserId = by.Id,
            CreatedByName = by.Name,
            CreatedByOrganization = by.Org,
            CreatedAt = at,
            UpdatedAt = at.AddMinutes(30),
            SubmittedAt = submitted ? at.AddMinutes(20) : null,
            CompletedAt = status is OrderStatus.Completed or OrderStatus.CompletedWithErrors ? at.AddHours(2) : null,
            VisibleToCustomer = items.Any(i => i.Kind != ChangeKind.MarkupChange),
            VendorMessage = result == ItemResult.Failed ? "Vendor error 3001: the vendor rejected the change." : null,
            Items = [.. items],
        };
    }

    private static MarketplaceOrderNote Note(MarketplaceOrder order, (string Id, string Name, string Org) by, DateTime at, string text) => new()
    {
        OrderId = order.Id,
        PartnerId = order.PartnerId,
        AccountId = order.AccountId,
        AuthorUserId = by.Id,
        AuthorName = by.Name,
        At = at,
        Text = text,
    };
}
