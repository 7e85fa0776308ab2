using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using Radzen;

namespace ConsoleApp.Components.Features.Marketplace;

/// <summary>Routes and small display rules the marketplace pages share. The account travels in the query string
/// (<c>?account=</c>) so a customer view is a deep link that survives reloads; customer roles need none.</summary>
public static class MarketplacePages
{
    public const string AllowedRoles = Roles.PartnerAdmin + "," + Roles.PartnerStaff + "," + Roles.Customer + "," + Roles.CustomerAdmin;
    public const string Recent = "/marketplace/orders";
    public const string History = "/marketplace/orders/history";
    public const string New = "/marketplace/orders/new";

    public static string WithAccount(string path, CustomerScope scope, params (string Key, string? Value)[] extra)
    {
        var query = new List<string>();
        if (scope.OnBehalf) query.Add($"account={scope.AccountId}");
        query.AddRange(extra.Where(e => e.Value is not null).Select(e => $"{e.Key}={Uri.EscapeDataString(e.Value!)}"));
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    public static string Details(CustomerScope scope, int orderId) => WithAccount($"/marketplace/orders/{orderId}", scope);

    public static BadgeStyle Badge(OrderStatus status) => status switch
    {
        OrderStatus.Completed or OrderStatus.ProvisioningFinished => BadgeStyle.Success,
        OrderStatus.CompletedWithErrors or OrderStatus.ProvisioningFailed => BadgeStyle.Danger,
        OrderStatus.ProvisioningStarted or OrderStatus.InProgress => BadgeStyle.Info,
        OrderStatus.Deleted => BadgeStyle.Light,
        OrderStatus.Draft => BadgeStyle.Warning,
        _ => BadgeStyle.Secondary,
    };

    public static string Money(decimal value) => value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The message of errors a user can act on; anything else is not the user's to read.</summary>
    public static string? UserMessage(Exception ex) => ConsoleErrors.UserMessage(ex);
}
