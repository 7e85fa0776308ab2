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
internal static class ChangeRequests
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
        // The same rules the form shows as the user types; the first one broken refuses the change.
        if (ChangeRules.Validate(r) is { Count: > 0 } errors)
        {
            var (field, message) = errors.First();
            throw Invalid(message, field);
        }
        var product = MarketplaceCatalog.Find(r.ProductName)!;
        return new MarketplaceOrderItem
        {
            PartnerId = scope.PartnerId,
            AccountId = scope.AccountId,
            Kind = ChangeKind.NewSubscription,
            Vendor = product.Vendor,
            ProductName = product.ProductName,
            Quantity = r.Quantity,
            UnitCost = product.UnitCost,
            MarkupPercent = product.DefaultMarkupPercent,
            AddOns = product.AddOns,
            AdminEmail = r.AdminEmail!.Trim(),
            AdminFirstName = r.AdminFirstName!.Trim(),
            AdminLastName = r.AdminLastName!.Trim(),
            TenantName = product.Vendor == Vendor.Microsoft ? r.TenantName!.Trim().ToLowerInvariant() : null,
        };
    }

    private static void RequireActive(MarketplaceSubscription sub)
    {
        if (sub.State == SubscriptionState.Suspended)
            throw Invalid($"{sub.ProductName} is suspended; it cannot be changed.", "subscription");
    }

    private static int Quantity(int q) =>
        ChangeRules.QuantityMessage(q) is { } message ? throw Invalid(message, ChangeRules.QuantityField) : q;

    private static ValidationFailedException Invalid(string message, string field) =>
        new(message, new Dictionary<string, string> { [field] = message });
}

/// <summary>
/// The rules of a change that need no database: what the form checks as the user types and what the service
/// refuses first. Keys are the form's field names, as in <see cref="ValidationFailedException.FieldErrors"/>.
/// Whether a subscription is suspended or keeps a licence is checked by the service.
/// </summary>
public static partial class ChangeRules
{
    public const string QuantityField = "quantity";

    public static IReadOnlyDictionary<string, string> Validate(ChangeRequest r)
    {
        var errors = new Dictionary<string, string>();
        if (r.Kind == ChangeKind.NewSubscription)
        {
            var product = MarketplaceCatalog.Find(r.ProductName);
            if (product is null) errors["product"] = "Choose an offer from the catalog.";
            var email = (r.AdminEmail ?? "").Trim();
            if (!EmailPattern().IsMatch(email) || email.Length > 254) errors["email"] = "Enter a valid admin e-mail address.";
            if (!IsName(r.AdminFirstName)) errors["firstName"] = "Enter the admin's name.";
            if (!IsName(r.AdminLastName)) errors["lastName"] = "Enter the admin's surname.";
            if (product?.Vendor == Vendor.Microsoft && !TenantPattern().IsMatch((r.TenantName ?? "").Trim().ToLowerInvariant()))
                errors["tenant"] = "Enter the Microsoft tenant name, e.g. contoso.onmicrosoft.com.";
        }
        else if (r.SubscriptionId is null)
        {
            errors["subscription"] = "Choose one of this account's subscriptions.";
        }
        if (r.Kind is ChangeKind.NewSubscription or ChangeKind.LicenceIncrease or ChangeKind.LicenceDecrease
            && QuantityMessage(r.Quantity) is { } quantity)
            errors[QuantityField] = quantity;
        if (r.Kind == ChangeKind.MarkupChange && r.MarkupPercent is not (>= 0 and <= 100))
            errors["markup"] = "Enter a markup between 0 and 100 percent.";
        return errors;
    }

    public static string? QuantityMessage(int quantity) =>
        quantity is >= 1 and <= ChangeRequests.MaxQuantity ? null : $"Enter a number of licences from 1 to {ChangeRequests.MaxQuantity}.";

    private static bool IsName(string? value) => (value ?? "").Trim().Length is > 0 and <= 100;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}\.onmicrosoft\.com$")]
    private static partial Regex TenantPattern();
}
