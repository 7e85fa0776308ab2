using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;

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

    /// <summary>What an order status means to the user: a started order (the cart) and a draft wait for the user to
    /// submit them; the vendor's steps are under way; finished is done; a vendor refusal failed; deleted is inactive.</summary>
    public static StatusTone Tone(OrderStatus status) => status switch
    {
        OrderStatus.Started or OrderStatus.Draft => StatusTone.NeedsAction,
        OrderStatus.ProvisioningStarted or OrderStatus.InProgress => StatusTone.InProgress,
        OrderStatus.ProvisioningFinished or OrderStatus.Completed => StatusTone.Done,
        OrderStatus.ProvisioningFailed or OrderStatus.CompletedWithErrors => StatusTone.Failed,
        _ => StatusTone.Inactive,
    };

    /// <summary>Reads an id from the address (<c>?account=</c>, <c>?order=</c>): absent (null), a number, or anything else, which names nothing and so
    /// answers "not found" like an unknown number (<see cref="IdArgument.IsInvalid"/>).</summary>
    public static IdArgument ParseId(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new(null, false)
        : int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? new(id, false)
            : new(null, true);

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(DateTime value) => value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Money(decimal value) => value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The message of errors a user can act on; anything else is not the user's to read.</summary>
    public static string? UserMessage(Exception ex) => ConsoleErrors.UserMessage(ex);
}

/// <summary>An id read from a marketplace address: <see cref="Id"/> when it is a number, <see cref="IsInvalid"/>
/// when it is there but is no number at all.</summary>
public readonly record struct IdArgument(int? Id, bool IsInvalid);
