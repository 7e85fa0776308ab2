using ConsoleApp.Components.Platform.Errors;
using System.Text.RegularExpressions;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>One change a user asks for. Existing subscriptions are named by <see cref="SubscriptionId"/>; a new
/// subscription by a catalog <see cref="ProductName"/> and its admin contact.</summary>
public sealed record ChangeRequest(
    ChangeKind Kind,
    int? SubscriptionId = null,
    int Quantity = 0,
    decimal? MarkupPercent = null,
    string? ProductName = null,
    string? AdminEmail = null,
    string? AdminFirstName = null,
    string? AdminLastName = null,
    string? TenantName = null);

/// <summary>Turns requests into order items, refusing anything invalid before a row is written.</summary>
internal static partial class ChangeRequests
{
    public const int MaxQuantity = 1000;

    public static async Task<MarketplaceOrderItem> ToItemAsync(ConsoleDbContext db, CustomerScope scope, ChangeRequest r, CancellationToken ct)
    {
        if (r.Kind == ChangeKind.MarkupChange && !scope.SeesMarkup)
            throw new AccessDeniedException("Only partner users can change a markup.");
        if (r.Kind == ChangeKind.NewSubscription) return NewSubscription(scope, r);

        var sub = r.SubscriptionId is { } id
            ? await db.Set<MarketplaceSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : null;
        if (sub is null) throw Invalid("Choose one of this account's subscriptions.", "subscription");
        var item = new MarketplaceOrderItem
        {
            PartnerId = scope.PartnerId,
            AccountId = scope.AccountId,
            Kind = r.Kind,
            SubscriptionId = sub.Id,
            Vendor = sub.Vendor,
            ProductName = sub.ProductName,
            UnitCost = sub.UnitCost,
            MarkupPercent = sub.MarkupPercent,
            AddOns = sub.AddOns,
        };
        switch (r.Kind)
        {
            case ChangeKind.LicenceIncrease:
                RequireActive(sub);
                item.Quantity = Quantity(r.Quantity);
                break;
            case ChangeKind.LicenceDecrease:
                RequireActive(sub);
                item.Quantity = Quantity(r.Quantity);
                if (sub.Licences - item.Quantity < 1)
                    throw Invalid($"The subscription has {sub.Licences} licences and must keep at least one; to stop it, suspend it.", "quantity");
                break;
            case ChangeKind.Suspension:
                RequireActive(sub);
                break;
            case ChangeKind.MarkupChange:
                if (r.MarkupPercent is not { } markup || markup < 0 || markup > 100)
                    throw Invalid("Enter a markup between 0 and 100 percent.", "markup");
                if (markup == sub.MarkupPercent) throw Invalid($"The markup already is {markup:0.##} %.", "markup");
                item.MarkupPercent = Math.Round(markup, 2);
                break;
        }
        return item;
    }

    private static MarketplaceOrderItem NewSubscription(CustomerScope scope, ChangeRequest r)
    {
        var product = MarketplaceCatalog.Find(r.ProductName) ?? throw Invalid("Choose an offer from the catalog.", "product");
        var email = (r.AdminEmail ?? "").Trim();
        if (!EmailPattern().IsMatch(email) || email.Length > 254) throw Invalid("Enter a valid admin e-mail address.", "email");
        var first = Required(r.AdminFirstName, "Enter the admin's name.", "firstName");
        var last = Required(r.AdminLastName, "Enter the admin's surname.", "lastName");
        string? tenant = null;
        if (product.Vendor == Vendor.Microsoft)
        {
            tenant = (r.TenantName ?? "").Trim().ToLowerInvariant();
            if (!TenantPattern().IsMatch(tenant))
                throw Invalid("Enter the Microsoft tenant name, e.g. contoso.onmicrosoft.com.", "tenant");
        }
        return new MarketplaceOrderItem
        {
            PartnerId = scope.PartnerId,
            AccountId = scope.AccountId,
            Kind = ChangeKind.NewSubscription,
            Vendor = product.Vendor,
            ProductName = product.ProductName,
            Quantity = Quantity(r.Quantity),
            UnitCost = product.UnitCost,
            MarkupPercent = product.DefaultMarkupPercent,
            AddOns = product.AddOns,
            AdminEmail = email,
            AdminFirstName = first,
            AdminLastName = last,
            TenantName = tenant,
        };
    }

    private static void RequireActive(MarketplaceSubscription sub)
    {
        if (sub.State == SubscriptionState.Suspended)
            throw Invalid($"{sub.ProductName} is suspended; it cannot be changed.", "subscription");
    }

    private static int Quantity(int q) =>
        q is >= 1 and <= MaxQuantity ? q : throw Invalid($"Enter a number of licences from 1 to {MaxQuantity}.", "quantity");

    private static string Required(string? value, string message, string field)
    {
        var v = (value ?? "").Trim();
        return v.Length is > 0 and <= 100 ? v : throw Invalid(message, field);
    }

    private static ValidationFailedException Invalid(string message, string field) =>
        new(message, new Dictionary<string, string> { [field] = message });

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}\.onmicrosoft\.com$")]
    private static partial Regex TenantPattern();
}
