using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Layout;

public sealed record NavItem(string Text, string Href, string Roles);
public sealed record NavGroup(string? Title, IReadOnlyList<NavItem> Items);

/// <summary>The left navigation, grouped as in the product documents, with the roles that may use each item.</summary>
public static class NavItems
{
    private const string Everyone = "*";

    private static readonly NavGroup[] Groups =
    [
        new(null, [new("Dashboard", "/", Everyone)]),
        new("Billing", [new("Orders", "/orders", Roles.Partners)]),
        new(null, [new("Accounts", "/accounts", Roles.Partners), new("Account", "/account", Roles.AccountAdmin)]),
        new(null, [new("Marketplace orders", "/marketplace/orders", Roles.Partners + "," + Roles.Customer + "," + Roles.CustomerAdmin)]),
        new("App Suite",
        [
            new("Register software", "/appsuite/register", Roles.Resellers),
            new("Sites", "/appsuite/sites", Roles.Resellers),
            new("Vouchers", "/appsuite/vouchers", Roles.Resellers),
            new("Users", "/appsuite/users", Roles.Resellers),
        ]),
        new("Devices",
        [
            new("Order a device", "/devices/order", Roles.DeviceUsers),
            new("Orders", "/devices/orders", Roles.DeviceUsers),
            new("Approvals", "/devices/approvals", Roles.Manager),
        ]),
        new(null, [new("Audit", "/audit", Roles.PartnerAdmin)]),
    ];

    public static IEnumerable<NavGroup> For(UserContext user) => Groups
        .Select(g => g with { Items = g.Items.Where(i => Allowed(i, user) && KnownRoutes.Exists(i.Href)).ToList() })
        .Where(g => g.Items.Count > 0);

    private static bool Allowed(NavItem item, UserContext user) =>
        item.Roles == Everyone || item.Roles.Split(',').Contains(user.Role, StringComparer.Ordinal);
}
